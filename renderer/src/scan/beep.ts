/**
 * Audible feedback for the packer, whose eyes are on the box: a short high tone for a good scan, a low double buzz
 * for a refused one. Web Audio needs no sound files and works offline.
 */
let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  if (context.state === 'suspended') void context.resume();
  return context;
}

function tone(ctx: AudioContext, frequency: number, startAt: number, seconds: number, type: OscillatorType): void {
  const oscillator = ctx.createOscillator();
  const gain = ctx.createGain();
  oscillator.type = type;
  oscillator.frequency.value = frequency;
  // A quick fade in and out avoids clicks at the tone's edges.
  gain.gain.setValueAtTime(0.0001, startAt);
  gain.gain.exponentialRampToValueAtTime(0.25, startAt + 0.01);
  gain.gain.exponentialRampToValueAtTime(0.0001, startAt + seconds);
  oscillator.connect(gain).connect(ctx.destination);
  oscillator.start(startAt);
  oscillator.stop(startAt + seconds + 0.02);
}

export function beep(kind: 'ok' | 'error' | 'warn'): void {
  const ctx = audio();
  if (!ctx) return;
  const now = ctx.currentTime;
  if (kind === 'ok') tone(ctx, 1760, now, 0.08, 'sine');
  else if (kind === 'warn') tone(ctx, 660, now, 0.18, 'triangle');
  else {
    tone(ctx, 220, now, 0.15, 'square');
    tone(ctx, 180, now + 0.2, 0.2, 'square');
  }
}
