import { describe, expect, it } from 'vitest';
import { RESPONSE_WINDOW_MONTHS, withinResponseWindow } from './responses';

describe('withinResponseWindow', () => {
  it('lets the seeds’ plan (submitted 2024-05-06) answer the reports of its round', () => {
    expect(withinResponseWindow('2024-05-06', '2024-05')).toBe(true); // the KSS regional report
    expect(withinResponseWindow('2024-05-06', '2024-03')).toBe(true); // the Surrey PDU report
  });
  it('keeps out reports published after the plan or a round earlier', () => {
    expect(withinResponseWindow('2024-05-06', '2024-06')).toBe(false);
    expect(withinResponseWindow('2024-05-06', '2021-03')).toBe(false);
    expect(RESPONSE_WINDOW_MONTHS).toBe(18);
    expect(withinResponseWindow('2024-05-06', '2022-11')).toBe(true); // 18 months before
    expect(withinResponseWindow('2024-05-06', '2022-10')).toBe(false); // 19
  });
  it('does not judge what is undated', () => {
    expect(withinResponseWindow(null, '2021-03')).toBe(true);
    expect(withinResponseWindow('2024-05-06', null)).toBe(true);
  });
});
