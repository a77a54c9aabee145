import type { Command } from 'commander';
import { EXIT } from '../exit-codes';

interface EvalOptions {
  verbose?: boolean;
  json?: boolean;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score the extractor against gold files (precision, recall, F1 per the annotation guide)')
    .argument('<gold...>', 'gold .json files, or folders of them (e.g. eval/dev)')
    .option('-v, --verbose', 'list each missed and spurious entity and relation per document, with evidence')
    .option('--json', 'print the scores as JSON')
    .action(async (paths: string[], opts: EvalOptions) => {
      const { loadGold, evaluate, formatReport } = await import('../../eval');
      const { extractDocument } = await import('../../extract');
      const evaluation = evaluate(loadGold(paths), extractDocument);
      if (opts.json) {
        const documents = evaluation.documents.map((d) =>
          opts.verbose
            ? d
            : { id: d.id, file: d.file, entities: d.entities, relations: d.relations },
        );
        process.stdout.write(JSON.stringify({ summary: evaluation.summary, documents }, null, 2) + '\n');
      } else {
        process.stdout.write(formatReport(evaluation, opts.verbose));
      }
      process.exitCode = EXIT.OK;
    });
}
