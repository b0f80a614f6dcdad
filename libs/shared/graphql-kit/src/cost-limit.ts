import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { MAX_PAGE_SIZE } from './pagination';

/** Tokens the parser reads from one document before refusing it: bounds the work of every rule after it. */
export const MAX_QUERY_TOKENS = 10_000;
/** Field selections one operation may make, aliases and fragment spreads counted where they expand. */
export const MAX_QUERY_FIELDS = 500;
/** Estimated cost one operation may have (see costLimitRule). */
export const MAX_QUERY_COST = 50_000;

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

type Walk = (field: FieldNode, children: () => number) => number;

/**
 * Folds an operation's selections into one number: `walk` gets each field (introspection exempt, fragments expanded)
 * and a thunk that folds its children. A fragment already being expanded counts zero, so a cyclic document (which
 * validation refuses anyway) cannot make it loop.
 */
function foldOperation(context: ValidationContext, operation: OperationDefinitionNode, walk: Walk): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const visiting = new Set<string>();
  // A fragment folds to the same number wherever it is spread: remembering it keeps fragments that spread others
  // many times (2 spreads a level, 30 levels) linear instead of exponential.
  const folded = new Map<string, number>();
  const fold = (selectionSet: SelectionSetNode): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        // Tools (explorers, codegen) send large introspection queries; their cost is the schema's size, not data.
        // __typename still counts: thousands of aliases of it are as much work as of any field.
        if (INTROSPECTION_ROOTS.has(selection.name.value)) continue;
        total += walk(selection, () => (selection.selectionSet ? fold(selection.selectionSet) : 0));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += fold(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        let value = folded.get(name);
        if (value === undefined) {
          visiting.add(name);
          value = fold(fragment.selectionSet);
          visiting.delete(name);
          folded.set(name, value);
        }
        total += value;
      }
    }
    return total;
  };
  return fold(operation.selectionSet);
}

function limitError(operation: OperationDefinitionNode, message: string, reason: string): GraphQLError {
  return new GraphQLError(message, { nodes: [operation], extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason } });
}

/**
 * Refuses operations selecting more than maxFields fields: bounds breadth, thousands of aliases of one field, and
 * fragments spread many times, none of which the depth limit sees.
 */
export function fieldCountLimitRule(maxFields = MAX_QUERY_FIELDS) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fields = foldOperation(context, operation, (_field, children) => 1 + children());
      if (fields > maxFields) {
        context.reportError(
          limitError(
            operation,
            `Query selects ${fields} fields (aliases and fragment spreads included); the maximum allowed is ${maxFields}.`,
            'MAX_FIELDS_EXCEEDED',
          ),
        );
      }
    },
  });
}

/** How many items a field may return: its `limit` argument when a literal, the largest page when a variable. */
function pageSizeOf(field: FieldNode): number {
  const limit = field.arguments?.find((argument) => argument.name.value === 'limit');
  if (!limit) return 1;
  if (limit.value.kind === Kind.INT) return Math.max(1, Math.min(Number(limit.value.value), MAX_PAGE_SIZE));
  return MAX_PAGE_SIZE;
}

/**
 * Refuses operations whose estimated cost exceeds maxCost. A field costs 1 plus its children's cost times the page it
 * asks for (its `limit`, capped at the largest page), so nested lists multiply: the number of objects the subgraphs
 * could have to load, which the field count alone does not bound.
 */
export function costLimitRule(maxCost = MAX_QUERY_COST) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const cost = foldOperation(context, operation, (field, children) => 1 + pageSizeOf(field) * children());
      if (cost > maxCost) {
        context.reportError(
          limitError(
            operation,
            `Query has an estimated cost of ${cost} (each field 1, times the page size of the lists around it); ` +
              `the maximum allowed cost is ${maxCost}.`,
            'MAX_COST_EXCEEDED',
          ),
        );
      }
    },
  });
}
