// GraphiQL over Casefile's API, opening with the seed story's central question.
(async () => {
    const params = new URLSearchParams(window.location.search);
    // Only a path on this server: saved headers (a token) must never go to another address,
    // which "?path=@elsewhere.example/x" or "?path=//elsewhere.example" would name.
    const sameServer = (value) => (value && /^\/(?!\/)[A-Za-z0-9._~\/-]*$/.test(value)) ? value : '/graphql';
    const url = `${location.protocol}//${location.host}${sameServer(params.get('path'))}`;
    const fetcher = GraphiQL.createFetcher({ url });
    let example = '';
    try {
        example = await (await fetch('/graphiql-example.graphql')).text();
    } catch (e) {
        example = '# The example query could not be loaded: ' + e;
    }
    const xsrfToken = document.cookie.match(/(?:^| )XSRF-TOKEN=([^;]+)/);
    const headers = xsrfToken ? JSON.stringify({ 'X-XSRF-TOKEN': xsrfToken[1] }) : undefined;
    const root = ReactDOM.createRoot(document.getElementById('graphiql'));
    root.render(React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: example,
        defaultEditorToolsVisibility: true,
        isHeadersEditorEnabled: true,
        shouldPersistHeaders: true,
        headers,
    }));
})();
