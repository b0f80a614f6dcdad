// The GraphQL explorer page's script: GraphiQL from npm, bundled by the build (tools/build/bundle-app.mjs), so the
// page makes no request beyond the gateway itself. The key the user types is sent as `x-api-key` with every operation,
// introspection included, which is what fills the docs.
import { GraphiQL } from 'graphiql';
import { Kind, parse } from 'graphql';
import { useMemo, useState, type ComponentProps, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/graphiql.css';

// The session only: a key typed here is not kept once the browser tab closes.
const KEY_STORAGE = 'fg-explorer-api-key';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

const DEFAULT_QUERY = `# Type your API key above, then run this with the ▶ button (or Ctrl-Enter).
query Applications {
  applications(limit: 10) {
    nodes {
      id
      name
    }
  }
}
`;

/**
 * GraphiQL updates the operation name it sends a moment after the editor changes, so a query run right after typing
 * can carry the previous document's name; the server would refuse it. A name the document lacks is dropped.
 */
function operationNameIn(query: string, operationName: string | null | undefined): string | undefined {
  if (!operationName) return undefined;
  try {
    const named = parse(query).definitions.some(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === operationName,
    );
    return named ? operationName : undefined;
  } catch {
    return operationName;
  }
}

/** Posts each operation to the page's own URL (keeping ?accountId=), with the key and any headers typed in GraphiQL. */
function createFetcher(apiKey: string): Fetcher {
  const endpoint = `${window.location.pathname}${window.location.search}`;
  return async (params, options) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(options?.headers ?? {}),
        ...(apiKey ? { 'x-api-key': apiKey } : {}),
      },
      body: JSON.stringify({ ...params, operationName: operationNameIn(params.query, params.operationName) }),
    });
    return response.json();
  };
}

function Explorer() {
  const [typedKey, setTypedKey] = useState(() => sessionStorage.getItem(KEY_STORAGE) ?? '');
  const [apiKey, setApiKey] = useState(typedKey);
  // A new fetcher makes GraphiQL introspect again, so the docs appear once a valid key is applied.
  const fetcher = useMemo(() => createFetcher(apiKey), [apiKey]);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    sessionStorage.setItem(KEY_STORAGE, typedKey);
    setApiKey(typedKey);
  };
  return (
    <div className="fg-explorer">
      <form className="fg-key-bar" onSubmit={apply}>
        <label htmlFor="fg-api-key">API key</label>
        <input
          id="fg-api-key"
          type="password"
          autoComplete="off"
          placeholder="x-api-key"
          value={typedKey}
          onChange={(event) => setTypedKey(event.target.value)}
        />
        <button type="submit">Use key</button>
        <span className="fg-key-state">{apiKey ? 'key set' : 'no key: operations answer "Invalid Api Key"'}</span>
      </form>
      <div className="fg-graphiql">
        {/* Without a key, introspection could only answer "Invalid Api Key": no schema (null) until one is set. */}
        <GraphiQL fetcher={fetcher} schema={apiKey ? undefined : null} defaultQuery={DEFAULT_QUERY} shouldPersistHeaders={false} />
      </div>
    </div>
  );
}

const root = document.getElementById('explorer');
if (root) createRoot(root).render(<Explorer />);
