import { PolicyStatement, PolicyStatementJson } from './policy-statement';
import { HardeningValidationError } from '../core';


/** The JSON form of a RAM policy document. */
export interface PolicyDocumentJson {
  /** Always `"1"`, the only RAM policy language version. */
  readonly Version: '1';
  /** The statements, in the order they were added. */
  readonly Statement: PolicyStatementJson[];
}

/** Props of a `PolicyDocument`. */
export interface PolicyDocumentProps {
  /**
   * Initial statements.
   * @default - none
   */
  readonly statements?: PolicyStatement[];
}

const STRING_TOKEN = /\$\{TfToken\[[^\]]*\]\}/g;

/**
 * A RAM policy document (`"Version": "1"`) that serializes deterministically: statements in the
 * order they were added (identical statements once), and inside each statement the key order
 * Effect, Action, Resource, Condition with sorted lists, operators and keys. Compact JSON, so two
 * synths of the same program give byte-identical documents.
 */
export class PolicyDocument {
  private readonly _statements: PolicyStatement[] = [];

  constructor(props: PolicyDocumentProps = {}) {
    if (props === null || typeof props !== 'object' || Array.isArray(props)) {
      throw new HardeningValidationError('PolicyDocument', 'PolicyDocument.NotObject', 'props', props, 'an object');
    }
    if (props.statements !== undefined) this.addStatements(...asStatements(props.statements));
  }

  /** Adds statements. */
  public addStatements(...statements: PolicyStatement[]): void {
    statements.forEach((s, i) => {
      if (!(s instanceof PolicyStatement)) {
        throw new HardeningValidationError('PolicyDocument', 'PolicyDocument.NotAStatement', `statements[${i}]`, s, 'a PolicyStatement');
      }
    });
    for (const s of statements) if (!this._statements.includes(s)) this._statements.push(s);
  }

  /** The statements (copy of the list; the statements themselves are shared). */
  public get statements(): PolicyStatement[] {
    return [...this._statements];
  }

  /** True when the document has no statement. */
  public get isEmpty(): boolean {
    return this._statements.length === 0;
  }

  /** The document as JSON; identical statements appear once. */
  public toJson(): PolicyDocumentJson {
    const seen = new Set<string>();
    const statements: PolicyStatementJson[] = [];
    for (const s of this._statements) {
      const json = s.toJson();
      const key = JSON.stringify(json);
      if (seen.has(key)) continue;
      seen.add(key);
      statements.push(json);
    }
    return { Version: '1', Statement: statements };
  }

  /** The compact, deterministic JSON string (tokens stay embedded and resolve at synth). */
  public toJsonString(): string {
    return JSON.stringify(this.toJson());
  }

  /**
   * UTF-8 size in bytes of the compact JSON, not counting embedded tokens (a lower bound when the
   * document contains tokens, exact otherwise).
   */
  public get byteLength(): number {
    return Buffer.byteLength(this.toJsonString().replace(STRING_TOKEN, ''), 'utf8');
  }
}

function asStatements(value: unknown): PolicyStatement[] {
  if (!Array.isArray(value)) {
    throw new HardeningValidationError('PolicyDocument', 'PolicyDocument.NotArray', 'statements', value, 'a list of PolicyStatement');
  }
  return value as PolicyStatement[];
}
