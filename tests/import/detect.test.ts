import { describe, expect, it } from 'vitest'
import type { Sniff } from '@/lib/import/decode'
import { detectFormat } from '@/lib/import/formats'

const sniff = (head: string, extra: Partial<Sniff> = {}): Sniff => ({ head, encoding: 'utf-8', isGzip: false, isZip: false, size: head.length, ...extra })

describe('format detection', () => {
  it('tells Inspect .eval archives from zipped transcript folders by their first member', () => {
    expect(detectFormat(sniff('_journal/start.json', { isZip: true }), 'logs/run.zip')).toBe('inspect')
    expect(detectFormat(sniff('header.json', { isZip: true }), 'x')).toBe('inspect')
    expect(detectFormat(sniff('whatever.json', { isZip: true }), 'logs/2025_af.eval')).toBe('inspect')
    expect(detectFormat(sniff('json_outputs/helpful_only_post_rl/train/0.json', { isZip: true }), 'json_outputs.zip')).toBe('redwood')
  })

  it('recognises each JSON shape from the start of the file', () => {
    expect(detectFormat(sniff('[\n    {\n        "user_input": "q",\n        "prompt": {"messages": []},\n        "output": "a"'), 'r.json')).toBe('safety-research-json')
    expect(detectFormat(sniff('[\n  {\n    "messages": [\n      "INPUT: <INPUT>'), 'array.json')).toBe('redwood')
    expect(detectFormat(sniff('{\n  "messages": [\n    {"role": "user"'), 'json_outputs/x/train/1.json')).toBe('redwood')
    expect(detectFormat(sniff('{"messages": [{"role": "user", "content": "hi"}]}\n{"messages": []}\n'), 'a.jsonl')).toBe('redwood')
    expect(detectFormat(sniff('{\n  "version": 2,\n  "status": "success",\n  "eval": {\n    "task": "af"'), 'log.json')).toBe('inspect')
    expect(detectFormat(sniff('{"version": 2, "status": "success", "samples": [{"id": "q1", "messages": ['), 'log.json')).toBe('inspect')
    expect(detectFormat(sniff('{"samples": [{"id": 1, "epoch": 1, "input": "x", "messages": ['), 'log.json')).toBe('inspect')
    expect(detectFormat(sniff('{"candor_format": 1, "project": "p"}\n{"conditions": {}}'), 'export.jsonl')).toBe('candor-jsonl')
    expect(detectFormat(sniff('\uFEFF{"candor_format": 1}\n'), 'export.jsonl')).toBe('candor-jsonl')
  })

  it('takes CSV from the name or from a comma-separated first line', () => {
    expect(detectFormat(sniff(',condition,prompt\n0,free_tier,x\n'), 'data.csv')).toBe('csv')
    expect(detectFormat(sniff('a,b,c\n1,2,3\n'), 'data.txt')).toBe('csv')
    expect(() => detectFormat(sniff('{"something": "else"}'), 'x.json')).toThrow(/Could not tell the format/)
  })
})
