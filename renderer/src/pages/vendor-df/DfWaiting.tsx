/** Amazon answers DF transactions asynchronously; this says the station is waiting for it. */
export function DfWaiting({ text }: { text: string }) {
  return (
    <div role="status" className="banner df-waiting" data-testid="df-waiting">
      <span className="df-spinner" aria-hidden="true" />
      {text}
    </div>
  );
}
