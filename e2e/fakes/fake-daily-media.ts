// The fake replica's face and voice, built in the page: a canvas face whose mouth follows the
// voice, and a voice track that plays exactly the PCM the app sent in echo messages. Runs in
// the browser; Playwright injects it as source text, so it must not use anything outside itself.

export interface FakeReplicaMedia {
  video: MediaStreamTrack;
  audio: MediaStreamTrack;
  /** Schedules 24 kHz PCM16 (little-endian, base64) right after what is already queued. */
  play(base64: string): void;
  /** Stops everything queued (conversation.interrupt). */
  interrupt(): void;
  /** Seconds of queued audio still to play. */
  queuedSeconds(): number;
  /** RMS of what the voice track is playing now, 0..1. */
  level(): number;
  close(): void;
}

declare global {
  interface Window {
    __fakeReplicaMedia?: { create(): FakeReplicaMedia };
  }
}

export function installFakeReplicaMedia(): void {
  function decodePcm16(base64: string): Float32Array<ArrayBuffer> {
    const binary = atob(base64);
    const out = new Float32Array(binary.length >> 1);
    for (let i = 0; i < out.length; i++) {
      const value = binary.charCodeAt(2 * i) | (binary.charCodeAt(2 * i + 1) << 8);
      out[i] = (value >= 0x8000 ? value - 0x10000 : value) / 32768;
    }
    return out;
  }

  function create(): FakeReplicaMedia {
    const ctx = new AudioContext();
    void ctx.resume();
    const destination = ctx.createMediaStreamDestination();
    const analyser = ctx.createAnalyser();
    analyser.fftSize = 512;
    analyser.connect(destination);
    const scheduled = new Set<AudioBufferSourceNode>();
    let nextStart = 0;

    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 120;
    const g = canvas.getContext('2d');
    const samples = new Float32Array(analyser.fftSize);
    const level = () => {
      analyser.getFloatTimeDomainData(samples);
      return Math.sqrt(samples.reduce((sum, s) => sum + s * s, 0) / samples.length);
    };
    const draw = window.setInterval(() => {
      if (!g) return;
      g.fillStyle = '#203040';
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.fillStyle = '#e8c39e';
      g.beginPath();
      g.arc(80, 60, 45, 0, 2 * Math.PI);
      g.fill();
      g.fillStyle = '#402020';
      g.fillRect(60, 80, 40, 2 + Math.min(20, level() * 200));
    }, 66);
    const video = canvas.captureStream(15).getVideoTracks()[0];
    const audio = destination.stream.getAudioTracks()[0];
    if (!video || !audio) throw new Error('fake replica: no media tracks');

    return {
      video,
      audio,
      play(base64) {
        const pcm = decodePcm16(base64);
        if (pcm.length === 0) return;
        const buffer = ctx.createBuffer(1, pcm.length, 24000);
        buffer.copyToChannel(pcm, 0);
        const source = ctx.createBufferSource();
        source.buffer = buffer;
        source.connect(analyser);
        nextStart = Math.max(nextStart, ctx.currentTime + 0.05);
        source.start(nextStart);
        nextStart += buffer.duration;
        scheduled.add(source);
        source.onended = () => scheduled.delete(source);
      },
      interrupt() {
        for (const source of scheduled) source.stop();
        scheduled.clear();
        nextStart = 0;
      },
      queuedSeconds: () => Math.max(0, nextStart - ctx.currentTime),
      level,
      close() {
        window.clearInterval(draw);
        video.stop();
        void ctx.close();
      },
    };
  }

  window.__fakeReplicaMedia = { create };
}
