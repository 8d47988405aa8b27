import type { DeclareCommand } from './declare-command.js';

/** `plan schema`. */
export const declareSchema: DeclareCommand = (program, io, setExit) => {
  program
    .command('schema')
    .description('print the JSON Schema of the plan file')
    .action(async () => {
      const { schemaCommand } = await import('../commands/schema.js');
      setExit(schemaCommand(io));
    });
};
