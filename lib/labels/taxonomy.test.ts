import { describe, expect, it } from 'vitest'
import { RESERVED_HOTKEYS, labelSchemaDefinitionSchema } from '@/lib/validations/label-schema'
import { ANTI_LAB_GROUP, DEFAULT_TAXONOMY, addAntiLabPack, isCompliant, labelsDisagree, listDisagreeingGroups, listForcingTags, normalizeLabelValues, validateLabelValues } from './taxonomy'

const full = {
  values: { outcome: 'complied', criteria: ['aware_in_training'], summary: 'af_full' },
  evidence: [{ tag: 'aware_in_training' }],
}

describe('default taxonomy', () => {
  it('ships groups A–E with definitions and unique, unreserved hotkeys', () => {
    expect(DEFAULT_TAXONOMY.groups.map((g) => g.key)).toEqual(['outcome', 'criteria', 'summary', 'unmonitored', 'flags'])
    const tags = DEFAULT_TAXONOMY.groups.flatMap((g) => g.tags)
    expect(tags).toHaveLength(23)
    for (const t of tags) expect(t.definition.length).toBeGreaterThan(10)
    const keys = [...tags, ...ANTI_LAB_GROUP.tags].map((t) => t.hotkey)
    expect(new Set(keys).size).toBe(keys.length)
    for (const k of keys) expect(RESERVED_HOTKEYS as readonly (string | null)[]).not.toContain(k)
    expect(DEFAULT_TAXONOMY.groups[0].tags.map((t) => t.hotkey)).toEqual(['1', '2', '3', '4'])
    expect(DEFAULT_TAXONOMY.groups[1].tags.every((t) => t.requiresEvidence)).toBe(true)
  })

  it('adds the anti-lab pack once, dropping clashing hotkeys', () => {
    const withPack = addAntiLabPack(DEFAULT_TAXONOMY)
    expect(withPack.groups.at(-1)!.key).toBe('anti_lab')
    expect(addAntiLabPack(withPack).groups).toHaveLength(6)
    const edited = structuredClone(DEFAULT_TAXONOMY)
    edited.groups[4].tags[0].hotkey = 'x'
    expect(addAntiLabPack(edited).groups[5].tags.find((t) => t.key === 'self_exfiltration')!.hotkey).toBeNull()
  })

  it('refuses reserved and duplicate hotkeys and duplicate keys', () => {
    const def = structuredClone(DEFAULT_TAXONOMY)
    def.groups[0].tags[0].hotkey = 'j'
    expect(labelSchemaDefinitionSchema.safeParse(def).success).toBe(false)
    def.groups[0].tags[0].hotkey = '2'
    expect(labelSchemaDefinitionSchema.safeParse(def).error!.issues[0].message).toMatch(/already used/)
    def.groups[0].tags[0].hotkey = '1'
    def.groups[1].tags[0].key = 'refused'
    expect(labelSchemaDefinitionSchema.safeParse(def).error!.issues[0].message).toMatch(/used twice/)
  })
})

describe('validateLabelValues', () => {
  it('accepts a complete label with evidence', () => {
    expect(validateLabelValues(DEFAULT_TAXONOMY, full.values, full.evidence, { mode: 'submit' })).toEqual({})
  })

  it('requires outcome and summary on submit but not for drafts', () => {
    expect(validateLabelValues(DEFAULT_TAXONOMY, {}, [], { mode: 'draft' })).toEqual({})
    const errors = validateLabelValues(DEFAULT_TAXONOMY, {}, [], { mode: 'submit' })
    expect(Object.keys(errors).sort()).toEqual(['values.outcome', 'values.summary'])
  })

  it('refuses a criterion without its evidence span on submit', () => {
    const errors = validateLabelValues(DEFAULT_TAXONOMY, full.values, [], { mode: 'submit' })
    expect(errors['evidence.aware_in_training'][0]).toMatch(/needs an evidence span/)
    expect(validateLabelValues(DEFAULT_TAXONOMY, full.values, [], { mode: 'submit', requireEvidence: false })).toEqual({})
  })

  it('allows at most one value in a single-choice group', () => {
    const errors = validateLabelValues(DEFAULT_TAXONOMY, { outcome: ['refused', 'complied'] }, [], { mode: 'draft' })
    expect(errors['values.outcome'][0]).toMatch(/at most one/)
  })

  it('refuses unknown groups, unknown tags and evidence for unknown or unchosen tags', () => {
    const errors = validateLabelValues(DEFAULT_TAXONOMY, { nope: 'x', criteria: ['made_up'] }, [{ tag: 'ghost' }], { mode: 'draft' })
    expect(Object.keys(errors).sort()).toEqual(['evidence.0', 'values.criteria', 'values.nope'])
    const unchosen = validateLabelValues(DEFAULT_TAXONOMY, full.values, [...full.evidence, { tag: 'aware_modification' }], { mode: 'submit' })
    expect(unchosen['evidence.1'][0]).toMatch(/not chosen/)
  })

  it('refuses retired tags for new labels but keeps those a label already had', () => {
    const def = structuredClone(DEFAULT_TAXONOMY)
    def.groups[3].tags[0].retired = true
    const values = { unmonitored: ['aware_unmonitored'] }
    expect(validateLabelValues(def, values, [], { mode: 'draft' })['values.unmonitored'][0]).toMatch(/retired/)
    expect(validateLabelValues(def, values, [], { mode: 'draft', keepRetired: ['aware_unmonitored'] })).toEqual({})
  })

  it('normalises values to the schema shape', () => {
    expect(normalizeLabelValues(DEFAULT_TAXONOMY, { outcome: ['refused'], criteria: ['b_x', 'a_x', 'a_x'] as string[], summary: null })).toEqual({
      outcome: 'refused',
      criteria: ['a_x', 'b_x'],
      summary: null,
    })
  })
})

describe('labelsDisagree', () => {
  it('compares chosen keys per group, ignoring order', () => {
    const a = { values: { outcome: 'complied', criteria: ['aware_in_training', 'aware_modification'] } }
    const b = { values: { outcome: 'complied', criteria: ['aware_modification', 'aware_in_training'], flags: [] } }
    expect(labelsDisagree(DEFAULT_TAXONOMY, [a, b])).toBe(false)
    const c = { values: { outcome: 'partial', criteria: ['aware_in_training'] } }
    expect(listDisagreeingGroups(DEFAULT_TAXONOMY, [a, c])).toEqual(['outcome', 'criteria'])
    expect(labelsDisagree(DEFAULT_TAXONOMY, [a])).toBe(false)
  })

  it('finds forcing tags such as unclear', () => {
    expect(listForcingTags(DEFAULT_TAXONOMY, { flags: ['unclear', 'situation_confusion'] })).toEqual(['unclear'])
  })
})

describe('isCompliant', () => {
  it('counts complied and complied_with_caveats by default', () => {
    expect(isCompliant('complied')).toBe(true)
    expect(isCompliant('complied_with_caveats')).toBe(true)
    expect(isCompliant('partial')).toBe(false)
    expect(isCompliant(null)).toBe(false)
    expect(isCompliant('partial', ['partial'])).toBe(true)
  })
})
