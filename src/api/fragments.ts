import { Kind, type DocumentNode, type FragmentDefinitionNode } from 'graphql';

/** A document's fragment definitions by name, as resolvers find them in `info.fragments`. */
export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  return Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
}
