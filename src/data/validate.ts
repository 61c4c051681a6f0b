import schema from '../../data/jobs.schema.json';
import type { JobsData } from './types.js';

/**
 * The subset of JSON Schema that `data/jobs.schema.json` uses. The schema file stays the single
 * source of truth: this interprets it instead of restating its rules, and a test checks that the
 * schema uses no keyword missing here (Ajv would add ~30 kB to the bundle).
 */
interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean;
  items?: SchemaNode;
  minItems?: number;
  minLength?: number;
  pattern?: string;
  minimum?: number;
  enum?: unknown[];
}

/** Keywords the validator understands; annotations are ignored. */
export const SUPPORTED_KEYWORDS = [
  '$ref', 'type', 'properties', 'required', 'additionalProperties', 'items', 'minItems',
  'minLength', 'pattern', 'minimum', 'enum',
  '$schema', '$id', '$defs', 'title', 'description',
];

const root = schema as SchemaNode & { $defs: Record<string, SchemaNode> };

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const article = (type: string) => (/^[aeiou]/.test(type) ? 'an ' : 'a ') + type;

function check(value: unknown, node: SchemaNode, path: string, out: string[]): void {
  if (node.$ref) node = root.$defs[node.$ref.replace('#/$defs/', '')];
  const at = path || 'the data';
  const actual = typeOf(value);
  if (node.type) {
    const types = ([] as string[]).concat(node.type);
    const ok = types.some((t) => t === actual || (t === 'integer' && Number.isInteger(value)));
    if (!ok) {
      out.push(`${at} must be ${types.map(article).join(' or ')}`);
      return;
    }
  }
  if (node.enum && !node.enum.includes(value)) {
    out.push(`${at} must be one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  }
  if (actual === 'string') {
    const text = value as string;
    if (node.minLength !== undefined && text.length < node.minLength) out.push(`${at} must not be empty`);
    if (node.pattern && !new RegExp(node.pattern).test(text)) {
      out.push(`${at} ${JSON.stringify(text)} does not match ${node.pattern}`);
    }
  }
  // JSON has no NaN or Infinity, but a `data` object set from script may.
  if (actual === 'number' && !Number.isFinite(value)) out.push(`${at} must be a finite number`);
  if (actual === 'number' && node.minimum !== undefined && (value as number) < node.minimum) {
    out.push(`${at} must be at least ${node.minimum}`);
  }
  if (actual === 'array') {
    const list = value as unknown[];
    if (node.minItems !== undefined && list.length < node.minItems) {
      out.push(`${at} must have at least ${node.minItems} item${node.minItems === 1 ? '' : 's'}`);
    }
    if (node.items) list.forEach((item, i) => check(item, node.items!, `${path}[${i}]`, out));
  }
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    const prefix = path ? `${path}.` : '';
    for (const key of node.required ?? []) {
      if (!(key in record)) out.push(`${prefix}${key} is missing`);
    }
    for (const [key, child] of Object.entries(record)) {
      const childSchema = node.properties?.[key];
      if (childSchema) check(child, childSchema, prefix + key, out);
      else if (node.additionalProperties === false) out.push(`${prefix}${key} is not allowed`);
    }
  }
}

/**
 * Checks the schema can't express: unique ids, ranges whose ends are in order (a chart would draw
 * a reversed one backwards), and skill tags that the vocabulary defines.
 */
function checkReferences(data: JobsData, out: string[]): void {
  const seen = new Set<string>();
  data.jobs.forEach((job, i) => {
    if (seen.has(job.id)) out.push(`jobs[${i}].id "${job.id}" is used twice`);
    seen.add(job.id);
    const range = job.salary.range;
    if (range && range.min > range.max) out.push(`jobs[${i}].salary.range.min is above its max`);
  });
  const tags = new Set(data.skillTags.map((t) => t.id));
  data.jobs.forEach((job, i) =>
    job.skills.forEach((skill, s) =>
      skill.tags.forEach((tag, t) => {
        if (!tags.has(tag)) out.push(`jobs[${i}].skills[${s}].tags[${t}] "${tag}" is not in skillTags`);
      }),
    ),
  );
}

/**
 * Validates `data` against `data/jobs.schema.json` plus the cross-references.
 * Returns readable problems ("jobs[2].salary.median.amount must be a number"), empty when valid.
 */
export function validateDataset(data: unknown): string[] {
  const out: string[] = [];
  check(data, root, '', out);
  if (out.length === 0) checkReferences(data as JobsData, out);
  return out;
}
