/** After `npm test`, say plainly which suites did not run here and how to run them. */
export default function setup() {
  return () => {
    const lines: string[] = [];
    if (!process.env.TEST_DATABASE_URL) {
      lines.push('PostgreSQL suite: SKIPPED (integration tests ran on PGlite only).');
      lines.push('  Run on PostgreSQL too: TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm test');
    } else {
      lines.push(`PostgreSQL suite: ran against ${process.env.TEST_DATABASE_URL.replace(/\/\/[^@]*@/, '//…@')}`);
    }
    lines.push('Browser journeys: not part of npm test — run npm run test:e2e (needs Chromium: apt-get install -y chromium).');
    console.log(`\n${lines.join('\n')}\n`);
  };
}
