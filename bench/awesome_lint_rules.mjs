// Runs awesome-lint's rules on a Markdown file and prints one JSON line per message:
// {"line", "column", "rule", "message"}. The bench scripts copy it into the npm peers'
// directory ($PEERS) to run it there, where awesome-lint and remark resolve.
//   node awesome_lint_rules.mjs RULE[,RULE...] FILE [--repo-url URL]
// RULE is a file name in node_modules/awesome-lint/rules (list-item, toc, ...), run with
// remark-lint and remark-gfm and the options awesome-lint's default config gives it, or
// "all" for awesome-lint's whole default config.
import path from 'node:path';
import {remark} from 'remark';
import remarkLint from 'remark-lint';
import remarkGfm from 'remark-gfm';
import {read} from 'to-vfile';
import config from 'awesome-lint/config.js';

const [names, file, ...rest] = process.argv.slice(2);
let plugins;
if (names === 'all') {
  plugins = config;
} else {
  plugins = [remarkLint, remarkGfm];
  // Each rule with the options awesome-lint's default config gives it (double-link's
  // createAwesomeListIgnore), as a list linted by awesome-lint has them.
  const configured = (await import('awesome-lint/rules/index.js')).default;
  for (const name of names.split(',')) {
    const rule = (await import(`awesome-lint/rules/${name}.js`)).default;
    plugins.push(configured.find(([plugin]) => plugin === rule) ?? rule);
  }
}
const vfile = await read(path.resolve(file));
const i = rest.indexOf('--repo-url');
if (i >= 0) vfile.repoURL = rest[i + 1];
await remark().use(plugins).process(vfile);
for (const m of vfile.messages)
  console.log(JSON.stringify({line: m.line ?? 1, column: m.column ?? 1, rule: m.ruleId, message: m.reason}));
