const LABEL: Record<string, string> = { free: 'free · training', paid: 'paid · unmonitored', pro: 'pro · rated only', enterprise: 'enterprise' }

export function TierChip({ tier }: { tier: string | null }) {
  if (!tier) return <span className="chip">tier unknown</span>
  return <span className={`chip ${tier === 'free' ? 'free' : tier === 'paid' ? 'paid' : ''}`}>{LABEL[tier] ?? tier}</span>
}
