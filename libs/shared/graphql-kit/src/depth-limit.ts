import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export const MAX_QUERY_DEPTH = 10;

/**
 * Refuses operations nested deeper than maxDepth, like the reference server. Introspection fields are exempt because
 * tools (explorers, codegen) send deep introspection queries.
 */
export function depthLimitRule(maxDepth = MAX_QUERY_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }

    const fragmentDepths = new Map<string, number>();
    const depthOf = (selectionSet: SelectionSetNode, depth: number, visiting: Set<string>): number => {
      let deepest = depth;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          const fieldDepth = selection.selectionSet ? depthOf(selection.selectionSet, depth + 1, visiting) : depth + 1;
          deepest = Math.max(deepest, fieldDepth);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, depth, visiting));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || visiting.has(name)) continue;
          // A fragment adds the same depth wherever it is spread: remembering it keeps fragments that spread others
          // many times (2 spreads a level, 30 levels) linear instead of exponential.
          let fragmentDepth = fragmentDepths.get(name);
          if (fragmentDepth === undefined) {
            visiting.add(name);
            fragmentDepth = depthOf(fragment.selectionSet, 0, visiting);
            visiting.delete(name);
            fragmentDepths.set(name, fragmentDepth);
          }
          deepest = Math.max(deepest, depth + fragmentDepth);
        }
      }
      return deepest;
    };

    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, 0, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `Query is nested ${depth} levels deep; the maximum allowed depth is ${maxDepth}.`,
              { nodes: [operation], extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'MAX_DEPTH_EXCEEDED' } },
            ),
          );
        }
      },
    };
  };
}
