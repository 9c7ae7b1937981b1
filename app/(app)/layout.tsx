import { requirePageViewer } from '@/lib/session'

// Every page below requires a signed-in user; pages check finer roles themselves.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  await requirePageViewer()
  return children
}
