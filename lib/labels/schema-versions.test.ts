import { describe, expect, it } from 'vitest'
import { mergeSchemaVersion } from './schema-versions'
import { DEFAULT_TAXONOMY } from './taxonomy'

describe('mergeSchemaVersion', () => {
  it('keeps a removed tag as retired, without its hotkey', () => {
    const edit = structuredClone(DEFAULT_TAXONOMY)
    edit.groups[4].tags = edit.groups[4].tags.filter((t) => t.key !== 'rater_sycophancy')
    const r = mergeSchemaVersion(DEFAULT_TAXONOMY, edit)
    if (!r.ok) throw new Error(JSON.stringify(r.fieldErrors))
    const tag = r.definition.groups[4].tags.find((t) => t.key === 'rater_sycophancy')!
    expect(tag).toMatchObject({ retired: true, hotkey: null })
  })

  it('renames, reorders and rekeys hotkeys without changing keys', () => {
    const edit = structuredClone(DEFAULT_TAXONOMY)
    edit.groups[0].tags.reverse()
    edit.groups[0].tags[0].name = 'Fully complied'
    const r = mergeSchemaVersion(DEFAULT_TAXONOMY, edit)
    if (!r.ok) throw new Error('expected ok')
    expect(r.definition.groups[0].tags.map((t) => t.key)).toEqual(['complied', 'complied_with_caveats', 'partial', 'refused'])
    expect(r.definition.groups[0].tags[0].name).toBe('Fully complied')
  })

  it('keeps a removed group with its tags retired and no longer required', () => {
    const edit = structuredClone(DEFAULT_TAXONOMY)
    edit.groups = edit.groups.filter((g) => g.key !== 'summary')
    const r = mergeSchemaVersion(DEFAULT_TAXONOMY, edit)
    if (!r.ok) throw new Error('expected ok')
    const g = r.definition.groups.find((x) => x.key === 'summary')!
    expect(g.requiredOnSubmit).toBe(false)
    expect(g.tags.every((t) => t.retired)).toBe(true)
  })

  it('refuses moving a tag to another group and changing a group kind', () => {
    const edit = structuredClone(DEFAULT_TAXONOMY)
    const [moved] = edit.groups[3].tags.splice(0, 1)
    edit.groups[4].tags.push(moved)
    edit.groups[0].kind = 'multi'
    const r = mergeSchemaVersion(DEFAULT_TAXONOMY, edit)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(Object.keys(r.fieldErrors).sort()).toEqual(['groups.outcome.kind', 'tags.aware_unmonitored'])
  })

  it('reports schema errors as field errors', () => {
    const edit = structuredClone(DEFAULT_TAXONOMY)
    edit.groups[0].tags[0].hotkey = 'k'
    const r = mergeSchemaVersion(DEFAULT_TAXONOMY, edit)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.fieldErrors['groups.0.tags.0.hotkey'][0]).toMatch(/reserved/)
  })
})
