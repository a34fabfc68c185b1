// The app's one sound, which each browser can turn off in Settings.

const KEY = 'sapa.sound';

export function soundOn() {
  return localStorage.getItem(KEY) !== 'off';
}

export function setSound(on) {
  if (on) localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, 'off');
}

/** A short chime for a new customer message; browsers may refuse sound before the first click. */
let audio = null;
export function chime() {
  if (!soundOn()) return;
  try {
    audio ??= new AudioContext();
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.08, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.35);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + 0.35);
  } catch { /* no sound available */ }
}
