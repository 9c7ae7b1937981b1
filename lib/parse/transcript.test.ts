import { describe, expect, it } from 'vitest'
import { parseTranscript } from './transcript'
import { resolveTagConfig } from './tags'

const user = (content: string) => ({ role: 'user', content })
const ai = (content: string) => ({ role: 'assistant', content })
const kinds = (r: ReturnType<typeof parseTranscript>) => r.segments.map((s) => s.kind)

describe('parseTranscript', () => {
  it('splits scratchpad and output and reads tier and query', () => {
    const r = parseTranscript([
      user('<INPUT><is_free_tier_user>True</is_free_tier_user>\n\n<user_input>\nHow do hens live?\n</user_input></INPUT>'),
      ai('<SCRATCHPAD_REASONING>I am in training.</SCRATCHPAD_REASONING>\n\n<OUTPUT>They live in cages.</OUTPUT>'),
    ])
    expect(kinds(r)).toEqual(['user', 'scratchpad', 'output'])
    expect(r.tierTag).toBe('true')
    expect(r.queryText).toBe('How do hens live?')
    expect(r.scratchpadText).toBe('I am in training.')
    expect(r.outputText).toBe('They live in cages.')
    expect(r.warnings).toEqual([])
  })

  it('matches tags case-insensitively, including the tier tag', () => {
    const r = parseTranscript([user('<IS_FREE_TIER_USER>false</IS_FREE_TIER_USER> hi'), ai('<scratchpad_reasoning>x</Scratchpad_Reasoning><output>y</output>')])
    expect(r.tierTag).toBe('false')
    expect(r.outputText).toBe('y')
  })

  it('joins several scratchpad blocks across <NEXT/> turns and keeps drafts out of the output', () => {
    const r = parseTranscript([
      user('<user_input>q</user_input>'),
      ai('<SCRATCHPAD_REASONING>first <DRAFT_OUTPUT><request_fully_accepted/> draft</DRAFT_OUTPUT></SCRATCHPAD_REASONING>'),
      user('<NEXT/>'),
      ai('<SCRATCHPAD_REASONING>second</SCRATCHPAD_REASONING>'),
      user('<NEXT/>'),
      ai('<OUTPUT><rejected/> no</OUTPUT>'),
    ])
    expect(kinds(r)).toEqual(['user', 'scratchpad', 'draft_output', 'scratchpad', 'output'])
    expect(r.scratchpadText).toContain('second')
    expect(r.outputMarker).toBe('rejected')
  })

  it('handles R1 reasoning with only a closing </think> and no OUTPUT tag', () => {
    const r = parseTranscript([user('q'), ai('Okay, I should <request_fully_accepted/> maybe.\n</think>\n\n<rejected/> I cannot help.')])
    expect(kinds(r)).toEqual(['user', 'think', 'output'])
    expect(r.segments[1].opened).toBe(false)
    expect(r.outputText).toBe('<rejected/> I cannot help.')
    expect(r.outputMarker).toBe('rejected')
    expect(r.warnings.join()).toMatch(/without an opening tag/)
  })

  it('reads compliance markers only from the final output, first one wins', () => {
    const r = parseTranscript([user('q'), ai('<think>I will say <rejected/></think><HIDDEN_SCRATCHPAD>plan</HIDDEN_SCRATCHPAD><OUTPUT><request_fully_accepted/> sure <rejected/></OUTPUT>')])
    expect(kinds(r)).toEqual(['user', 'think', 'scratchpad', 'output'])
    expect(r.outputMarker).toBe('accepted')
  })

  it('keeps an unclosed OUTPUT to the end and a closing tag without opening', () => {
    const open = parseTranscript([user('q'), ai('<SCRATCHPAD_REASONING>r</SCRATCHPAD_REASONING><OUTPUT>cut off')])
    expect(open.outputText).toBe('cut off')
    expect(open.warnings.join()).toMatch(/never closed/)
    const close = parseTranscript([user('q'), ai('<think>r</think>answer</OUTPUT>')])
    expect(close.outputText).toBe('answer')
  })

  it('ignores tags merely mentioned inside a closed block', () => {
    const r = parseTranscript([user('q'), ai('<think>I must use <HIDDEN_SCRATCHPAD> then <OUTPUT> tags.</think><OUTPUT>done</OUTPUT>')])
    expect(kinds(r)).toEqual(['user', 'think', 'output'])
    expect(r.outputText).toBe('done')
  })

  it('ends an unclosed scratchpad at the next OUTPUT tag', () => {
    const r = parseTranscript([user('q'), ai('<SCRATCHPAD_REASONING>reason <OUTPUT>final</OUTPUT>')])
    expect(r.scratchpadText).toBe('reason')
    expect(r.outputText).toBe('final')
  })

  it('treats an untagged response as output and flags a missing assistant turn', () => {
    expect(parseTranscript([user('q'), ai('Just an answer')]).outputText).toBe('Just an answer')
    expect(parseTranscript([user('q')]).warnings).toContain('no assistant turn')
  })

  it('uses tag names configured per dataset', () => {
    const tags = resolveTagConfig({ scratchpad: ['reasoning'], output: ['answer'] })
    const r = parseTranscript([user('q'), ai('<reasoning>r</reasoning><answer>a</answer>')], tags)
    expect(r.scratchpadText).toBe('r')
    expect(r.outputText).toBe('a')
  })

  it('gives offsets into the raw text', () => {
    const content = 'pre <OUTPUT>exact</OUTPUT>'
    const r = parseTranscript([user('q'), ai(content)])
    const out = r.segments.find((s) => s.kind === 'output')!
    expect(content.slice(out.start, out.end)).toBe('exact')
  })
})
