import { mz } from './helpers';

describe('mz dispatch and help', () => {
  test('--help lists the commands in Chinese', async () => {
    const r = await mz(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['get', 'extract', 'data', 'fill', 'check', 'regions']) expect(r.out).toContain(`  ${c}`);
    expect(r.out).toContain('用法:mz <命令>');
  });
  test('no command prints help and exits 2', async () => {
    const r = await mz([]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('用法');
  });
  test('unknown command → message and exit 2', async () => {
    const r = await mz(['gte', '济南']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知命令“gte”');
    expect(r.out).toBe('');
  });
  test('a name inherited from Object.prototype is not a command', async () => {
    expect((await mz(['toString'])).code).toBe(2);
    expect((await mz(['__proto__'])).code).toBe(2);
  });
  test.each(['get', 'extract', 'data', 'regions'])('mz %s --help is Chinese usage, exit 0', async (c) => {
    const r = await mz([c, '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^用法/);
    expect(r.out).toContain('退出码');
  });
});
