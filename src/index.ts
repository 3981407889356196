/**
 * Composition root: config → knowledge → corpus (kept live) → console or Discord → digests.
 * Nothing below this file reads the environment or decides which surface runs.
 */
import path from 'node:path';
import { LiveCorpus, buildCorpus } from './answer/build.js';
import { loadConfig, fail } from './cli/shared.js';
import { runConsole } from './cli/console.js';
import { createLogger } from './log.js';
import { watchKnowledge } from './record/watch.js';
import { ANSI, PLAIN } from './render/text.js';

const DISCORD_HINT =
  'Not connected to Discord. To run the bot, put DISCORD_TOKEN=<your bot token> in a .env file (see .env.example and the README) and run npm start again.';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, token: config.token });
  const live = new LiveCorpus(await buildCorpus(config.knowledgeDir));
  for (const p of live.current.problems) logger.warn({ file: p.file, reason: p.reason }, 'knowledge file skipped');
  const watcher = watchKnowledge(config.knowledgeDir, ({ docs, problems }) => {
    const change = live.update(docs, problems);
    logger.info(change, 'knowledge reloaded');
    for (const p of problems) logger.warn({ file: p.file, reason: p.reason }, 'knowledge file skipped');
  });
  const getCorpus = () => live.current;

  if (!config.token) {
    await runConsole({
      getCorpus,
      input: process.stdin,
      output: process.stdout,
      style: process.stdout.isTTY ? ANSI : PLAIN,
      historyFile: path.join(config.dataDir, 'console-history'),
      banner: DISCORD_HINT,
    });
    await watcher.close();
    return;
  }
  fail('the Discord bot is not wired yet');
}

main().catch(fail);
