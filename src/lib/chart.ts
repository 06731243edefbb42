// Layout for the key-question bar chart, computed at build time (pure, deterministic).
export interface Bar { label: string; value: number; drives: boolean }
export interface BarGroup { question: string; bars: Bar[] }

export function wrap(text: string, max: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && (cur + ' ' + w).length > max) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines;
}

export interface ChartLayout {
  width: number;
  height: number;
  x0: number;
  x1: number;
  top: number;
  bands: { x: number; label: string }[];
  rows: (
    | { kind: 'q'; y: number; lines: string[] }
    | { kind: 'bar'; y: number; label: string; w: number; value: number; drives: boolean }
  )[];
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function layoutChart(groups: BarGroup[], width = 720): ChartLayout {
  const x0 = 270;
  const x1 = width - 50;
  const top = 28;
  const lineH = 15;
  const barH = 16;
  const gap = 6;
  const rows: ChartLayout['rows'] = [];
  let y = top;
  for (const g of groups) {
    const lines = wrap(g.question, 100);
    y += 6;
    rows.push({ kind: 'q', y: y + 11, lines });
    y += lines.length * lineH + 4;
    for (const b of g.bars) {
      rows.push({ kind: 'bar', y, label: b.label, w: r1(((x1 - x0) * Math.max(0, Math.min(100, b.value))) / 100), value: b.value, drives: b.drives });
      y += barH + gap;
    }
    y += 6;
  }
  const px = (p: number) => r1(x0 + ((x1 - x0) * p) / 100);
  return {
    width,
    height: y + 4,
    x0,
    x1,
    top,
    bands: [
      { x: px(0), label: '0%' },
      { x: px(50), label: '50%' },
      { x: px(65), label: '65%' },
      { x: px(80), label: '80%' },
      { x: px(100), label: '100%' },
    ],
    rows,
  };
}
