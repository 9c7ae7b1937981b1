// Optimistic redirect to /login for signed-out page requests. Not a security
// boundary: pages, actions and handlers check the session themselves.
import NextAuth from 'next-auth'
import { authConfig } from '@/lib/auth.config'

const { auth } = NextAuth(authConfig)

export default auth

export const config = {
  matcher: ['/((?!api|_next/static|_next/image|favicon.ico|login).*)'],
}
