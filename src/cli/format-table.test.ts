import { formatTable } from './format-table';

describe('formatTable', () => {
  test('aligns columns, joins lists, leaves nulls blank and counts rows', () => {
    const out = formatTable(
      ['critic', 'documents', 'targets'],
      [
        { critic: 'Kim Yo Jong', documents: 1, targets: ['South Korea (1)', 'United States (1)'] },
        { critic: 'X', documents: 12, targets: null },
      ],
    );
    expect(out.split('\n')).toEqual([
      'critic       documents  targets',
      '-----------  ---------  ----------------------------------',
      'Kim Yo Jong  1          South Korea (1), United States (1)',
      'X            12',
      '(2 rows)',
      '',
    ]);
  });
  test('cuts long cells to the width asked, 0 meaning no limit', () => {
    const row = [{ s: 'a'.repeat(10) }];
    expect(formatTable(['s'], row, 5)).toContain('aaaa…');
    expect(formatTable(['s'], row, 0)).toContain('a'.repeat(10));
  });
  test('an empty result still shows its header', () => {
    expect(formatTable(['a'], [])).toBe('a\n-\n(0 rows)\n');
  });
});
