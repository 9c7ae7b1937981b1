import type { NextAuthConfig } from 'next-auth'

/**
 * The part of the Auth.js config that needs no database, used by proxy.ts for
 * optimistic redirects. It is not the security boundary: every page, action and
 * handler checks the session again through lib/session.ts.
 */
export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: 7 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const path = request.nextUrl.pathname
      const isPublic = path === '/login' || path.startsWith('/api/') || path.startsWith('/_next')
      return isPublic || !!auth?.user
    },
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id
      return token
    },
    session({ session, token }) {
      if (token.sub && session.user) session.user.id = token.sub
      return session
    },
  },
} satisfies NextAuthConfig
