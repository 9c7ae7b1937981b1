import type { LabelSchemaDTO } from '@/lib/data/label-schemas'

/** Every version of the schema, newest first, with its author and size. */
export function SchemaVersionList({ versions }: { versions: LabelSchemaDTO[] }) {
  return (
    <section className="card" aria-label="Schema versions">
      <h2>Versions</h2>
      <table className="table compact">
        <thead><tr><th>Version</th><th>Saved</th><th>By</th><th className="num">Tags</th><th className="num">Retired</th></tr></thead>
        <tbody>
          {versions.map((v) => {
            const tags = v.definition.groups.flatMap((g) => g.tags)
            return (
              <tr key={v.id}>
                <td>v{v.version}</td>
                <td>{v.createdAt.toLocaleString()}</td>
                <td>{v.createdBy?.name ?? 'default set'}</td>
                <td className="num">{tags.filter((t) => !t.retired).length}</td>
                <td className="num">{tags.filter((t) => t.retired).length}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
