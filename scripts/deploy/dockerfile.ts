import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Copy, DockerfileParser, type Instruction } from 'dockerfile-ast';
import { ROOT } from './prometheus-rule';

/** One build stage of the Dockerfile with what it inherits from the stages it is built FROM. */
export interface Stage {
  name: string;
  from: string;
  /** The stage's instructions after its FROM, its parents' first (what the image ends up with). */
  effective: Instruction[];
  own: Instruction[];
}

/** Parses the root Dockerfile with dockerfile-ast (the parser behind the Docker VS Code extension). */
export function dockerStages(file = path.join(ROOT, 'Dockerfile')): Stage[] {
  const dockerfile = DockerfileParser.parse(readFileSync(file, 'utf8'));
  const froms = dockerfile.getFROMs();
  const all = dockerfile.getInstructions();
  const stages: Stage[] = [];
  froms.forEach((from, i) => {
    const start = from.getRange().start.line;
    const end = froms[i + 1]?.getRange().start.line ?? Number.MAX_SAFE_INTEGER;
    const own = all.filter((x) => x.getRange().start.line > start && x.getRange().start.line < end);
    const image = from.getImage() ?? '';
    const parent = stages.find((s) => s.name === image);
    stages.push({ name: from.getBuildStage() ?? `#${i}`, from: image, own, effective: [...(parent?.effective ?? []), ...own] });
  });
  return stages;
}

/** The last instruction of a keyword in the image (later ones override earlier, as Docker applies them). */
export const last = (s: Stage, keyword: string): string | undefined =>
  s.effective.filter((x) => x.getKeyword() === keyword).at(-1)?.getArgumentsContent() ?? undefined;

/** ENV values of the image (`ENV A=1 B=2` form). */
export function envOf(s: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const x of s.effective.filter((i) => i.getKeyword() === 'ENV')) {
    for (const pair of (x.getArgumentsContent() ?? '').split(/\s+/)) {
      const [k, v] = pair.split('=');
      if (k && v !== undefined) env[k] = v;
    }
  }
  return env;
}

/** The stage a COPY takes its files from (`--from=`), or undefined for the build context. */
export const copyFrom = (x: Instruction): string | undefined => (x instanceof Copy ? x.getFromFlag()?.getValue() ?? undefined : undefined);
