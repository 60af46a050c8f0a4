/**
 * google.script.run for the sidebar in the workbench: each call is posted to the workbench
 * server, which runs it in dist/Code.js; results come back asynchronously, as in Apps Script.
 * After every call the page around the sidebar is told to refresh its view of the workbook.
 */
type Handler = (value: unknown) => void;

function runner(onSuccess: Handler | null, onFailure: Handler | null): unknown {
  return new Proxy(
    {},
    {
      get(_target, name) {
        if (typeof name !== "string") return undefined;
        if (name === "withSuccessHandler") return (handler: Handler) => runner(handler, onFailure);
        if (name === "withFailureHandler") return (handler: Handler) => runner(onSuccess, handler);
        if (name === "withUserObject") return () => runner(onSuccess, onFailure);
        return (...args: unknown[]) => {
          fetch("/api/run", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ name, args }),
          })
            .then(
              (response) =>
                response.json() as Promise<{ ok: boolean; value?: unknown; error?: string }>,
            )
            .then((reply) => {
              if (reply.ok) onSuccess?.(reply.value);
              else onFailure?.(new Error(reply.error ?? "failed"));
            })
            .catch((error: unknown) => onFailure?.(error))
            .finally(() =>
              window.parent.postMessage({ type: "bussola:changed" }, window.location.origin),
            );
        };
      },
    },
  );
}

(window as unknown as { google: unknown }).google = {
  script: { run: runner(null, null), host: { close() {}, setHeight() {}, setWidth() {} } },
};
