// Cue texts, first half of the table (see cue-strings.ts). Short, plain sentences that a speaker
// of the language would write to a colleague running the interview.

import type { CueStrings } from './cue-strings-type';

const en: CueStrings = {
  start: 'The candidate has joined the room. Greet them and begin the interview now.',
  resume:
    'The connection dropped and the interview continues in a new session. Do not greet the candidate again. Briefly acknowledge the interruption and continue the interview from where it stopped.',
  halfTime: 'Half of the interview time is used.',
  threeLeft: 'Three minutes left: no new main question from now on.',
  oneLeft: 'One minute left: close the interview now.',
  silence: 'The candidate has been silent for a while.',
  nudge: 'The candidate is waiting for your reply. Please continue the interview.',
  typed:
    'The candidate types their answers; there is no microphone. Never mention sound or hearing: read each typed answer and go on.',
};

export const CUE_STRINGS_A: { en: CueStrings } & Readonly<Record<string, CueStrings>> = {
  en,
  ar: {
    start: 'انضم المرشح إلى الغرفة. رحّب به وابدأ المقابلة الآن.',
    resume:
      'انقطع الاتصال وتستمر المقابلة في جلسة جديدة. لا ترحّب بالمرشح مرة أخرى. أشر باختصار إلى الانقطاع وتابع من حيث توقفت المقابلة.',
    halfTime: 'انقضى نصف وقت المقابلة.',
    threeLeft: 'بقيت ثلاث دقائق: لا أسئلة رئيسية جديدة من الآن.',
    oneLeft: 'بقيت دقيقة واحدة: اختتم المقابلة الآن.',
    silence: 'المرشح صامت منذ فترة.',
    nudge: 'المرشح ينتظر ردك. تابع المقابلة من فضلك.',
    typed: 'يكتب المرشح إجاباته كتابةً، فلا يوجد ميكروفون. لا تذكر الصوت أو السمع أبدًا: اقرأ كل إجابة مكتوبة وتابع.',
  },
  bn: {
    start: 'প্রার্থী কক্ষে যোগ দিয়েছেন। তাঁকে স্বাগত জানান এবং এখনই সাক্ষাৎকার শুরু করুন।',
    resume:
      'সংযোগ বিচ্ছিন্ন হয়েছিল এবং সাক্ষাৎকার একটি নতুন সেশনে চলছে। আবার স্বাগত জানাবেন না। বিরতির কথা সংক্ষেপে বলুন এবং যেখানে থেমেছিল সেখান থেকে চালিয়ে যান।',
    halfTime: 'সাক্ষাৎকারের অর্ধেক সময় পেরিয়ে গেছে।',
    threeLeft: 'আর তিন মিনিট বাকি: এখন থেকে কোনো নতুন মূল প্রশ্ন নয়।',
    oneLeft: 'আর এক মিনিট বাকি: এখনই সাক্ষাৎকার শেষ করুন।',
    silence: 'প্রার্থী কিছুক্ষণ ধরে চুপ করে আছেন।',
    nudge: 'প্রার্থী আপনার উত্তরের অপেক্ষায় আছেন। অনুগ্রহ করে সাক্ষাৎকার চালিয়ে যান।',
    typed:
      'প্রার্থী তাঁর উত্তর টাইপ করছেন; কোনো মাইক্রোফোন নেই। শব্দ বা শোনার কথা কখনো বলবেন না: প্রতিটি টাইপ করা উত্তর পড়ে এগিয়ে যান।',
  },
  cmn: {
    start: '候选人已进入房间。请打招呼并立即开始面试。',
    resume: '连接中断了，面试在新的会话中继续。不要再次打招呼。简短提一下中断，然后从中断的地方继续面试。',
    halfTime: '面试时间已过去一半。',
    threeLeft: '还剩三分钟：从现在起不要再提新的主要问题。',
    oneLeft: '还剩一分钟：现在结束面试。',
    silence: '候选人已经沉默了一会儿。',
    nudge: '候选人在等你回答。请继续面试。',
    typed: '候选人以打字方式作答，没有使用麦克风。不要提及声音或听不听得到：阅读每条打字的回答，然后继续。',
  },
  de: {
    start: 'Die Person ist jetzt im Raum. Begrüße sie und beginne jetzt mit dem Interview.',
    resume:
      'Die Verbindung war unterbrochen; das Interview geht in einer neuen Sitzung weiter. Begrüße die Person nicht noch einmal. Erwähne die Unterbrechung kurz und mach dort weiter, wo das Gespräch aufgehört hat.',
    halfTime: 'Die Hälfte der Interviewzeit ist vorbei.',
    threeLeft: 'Noch drei Minuten: ab jetzt keine neue Hauptfrage mehr.',
    oneLeft: 'Noch eine Minute: beende das Interview jetzt.',
    silence: 'Die Person schweigt schon eine Weile.',
    nudge: 'Die Person wartet auf deine Antwort. Bitte setze das Interview fort.',
    typed:
      'Die Kandidatin oder der Kandidat tippt die Antworten; es gibt kein Mikrofon. Erwähne nie Ton oder Hören: Lies jede getippte Antwort und mach weiter.',
  },
  es: {
    start: 'La persona candidata ha entrado en la sala. Salúdala y empieza la entrevista ahora.',
    resume:
      'La conexión se cortó y la entrevista continúa en una nueva sesión. No vuelvas a saludar. Menciona brevemente la interrupción y continúa donde se quedó la entrevista.',
    halfTime: 'Ha pasado la mitad del tiempo de la entrevista.',
    threeLeft: 'Quedan tres minutos: a partir de ahora, ninguna pregunta principal nueva.',
    oneLeft: 'Queda un minuto: cierra la entrevista ahora.',
    silence: 'La persona candidata lleva un rato en silencio.',
    nudge: 'La persona candidata espera tu respuesta. Continúa la entrevista, por favor.',
    typed:
      'La persona candidata escribe sus respuestas; no hay micrófono. No menciones nunca el sonido ni si la oyes: lee cada respuesta escrita y continúa.',
  },
  fr: {
    start: 'La personne candidate a rejoint la salle. Salue-la et commence l’entretien maintenant.',
    resume:
      'La connexion a été coupée et l’entretien reprend dans une nouvelle session. Ne salue pas de nouveau. Mentionne brièvement l’interruption et reprends là où l’entretien s’est arrêté.',
    halfTime: 'La moitié du temps de l’entretien est écoulée.',
    threeLeft: 'Il reste trois minutes : plus de nouvelle question principale à partir de maintenant.',
    oneLeft: 'Il reste une minute : conclus l’entretien maintenant.',
    silence: 'La personne candidate est silencieuse depuis un moment.',
    nudge: 'La personne candidate attend ta réponse. Poursuis l’entretien, s’il te plaît.',
    typed:
      'Le candidat tape ses réponses ; il n’y a pas de micro. Ne parle jamais du son ni de ce que tu entends : lis chaque réponse écrite et continue.',
  },
  gu: {
    start: 'ઉમેદવાર રૂમમાં જોડાયા છે. તેમનું સ્વાગત કરો અને હવે ઇન્ટરવ્યુ શરૂ કરો.',
    resume:
      'કનેક્શન તૂટી ગયું હતું અને ઇન્ટરવ્યુ નવા સત્રમાં ચાલુ છે. ફરીથી સ્વાગત ન કરો. વિક્ષેપનો ટૂંકમાં ઉલ્લેખ કરો અને જ્યાં અટક્યા હતા ત્યાંથી આગળ વધો.',
    halfTime: 'ઇન્ટરવ્યુનો અડધો સમય પૂરો થયો છે.',
    threeLeft: 'ત્રણ મિનિટ બાકી છે: હવેથી કોઈ નવો મુખ્ય પ્રશ્ન નહીં.',
    oneLeft: 'એક મિનિટ બાકી છે: હવે ઇન્ટરવ્યુ પૂરો કરો.',
    silence: 'ઉમેદવાર થોડા સમયથી ચૂપ છે.',
    nudge: 'ઉમેદવાર તમારા જવાબની રાહ જુએ છે. કૃપા કરીને ઇન્ટરવ્યુ ચાલુ રાખો.',
    typed:
      'ઉમેદવાર પોતાના જવાબ ટાઇપ કરે છે; માઇક્રોફોન નથી. અવાજ કે સાંભળવા વિશે ક્યારેય કંઈ ન કહો: દરેક ટાઇપ કરેલો જવાબ વાંચો અને આગળ વધો.',
  },
  hi: {
    start: 'उम्मीदवार कमरे में आ गए हैं। उनका अभिवादन करें और अभी इंटरव्यू शुरू करें।',
    resume:
      'कनेक्शन टूट गया था और इंटरव्यू एक नए सत्र में जारी है। दोबारा अभिवादन न करें। रुकावट का संक्षेप में ज़िक्र करें और जहाँ बात रुकी थी वहीं से आगे बढ़ें।',
    halfTime: 'इंटरव्यू का आधा समय बीत चुका है।',
    threeLeft: 'तीन मिनट बचे हैं: अब से कोई नया मुख्य प्रश्न नहीं।',
    oneLeft: 'एक मिनट बचा है: अब इंटरव्यू समाप्त करें।',
    silence: 'उम्मीदवार कुछ देर से चुप हैं।',
    nudge: 'उम्मीदवार आपके जवाब का इंतज़ार कर रहे हैं। कृपया इंटरव्यू जारी रखें।',
    typed:
      'उम्मीदवार अपने उत्तर टाइप कर रहे हैं; माइक्रोफ़ोन नहीं है। आवाज़ या सुनने की बात कभी न करें: हर टाइप किया गया उत्तर पढ़ें और आगे बढ़ें।',
  },
  id: {
    start: 'Kandidat sudah bergabung. Sapa dia dan mulai wawancara sekarang.',
    resume:
      'Koneksi terputus dan wawancara berlanjut di sesi baru. Jangan menyapa lagi. Sebutkan gangguan itu secara singkat dan lanjutkan dari tempat terakhir.',
    halfTime: 'Separuh waktu wawancara sudah berlalu.',
    threeLeft: 'Tersisa tiga menit: mulai sekarang tidak ada pertanyaan utama baru.',
    oneLeft: 'Tersisa satu menit: tutup wawancara sekarang.',
    silence: 'Kandidat sudah diam beberapa saat.',
    nudge: 'Kandidat menunggu jawabanmu. Silakan lanjutkan wawancara.',
    typed:
      'Kandidat mengetik jawabannya; tidak ada mikrofon. Jangan pernah menyinggung suara atau pendengaran: baca setiap jawaban yang diketik lalu lanjutkan.',
  },
  it: {
    start: 'Il candidato è entrato nella stanza. Salutalo e inizia ora il colloquio.',
    resume:
      'La connessione si è interrotta e il colloquio continua in una nuova sessione. Non salutare di nuovo. Accenna brevemente all’interruzione e riprendi da dove si era fermato.',
    halfTime: 'È passata metà del tempo del colloquio.',
    threeLeft: 'Mancano tre minuti: da ora nessuna nuova domanda principale.',
    oneLeft: 'Manca un minuto: concludi ora il colloquio.',
    silence: 'Il candidato è in silenzio da un po’.',
    nudge: 'Il candidato aspetta la tua risposta. Continua il colloquio, per favore.',
    typed:
      'Il candidato scrive le sue risposte; non c’è un microfono. Non parlare mai di audio o di sentire: leggi ogni risposta scritta e vai avanti.',
  },
  ja: {
    start: '候補者が入室しました。あいさつをして、面接を始めてください。',
    resume:
      '接続が切れたため、面接は新しいセッションで続きます。もう一度あいさつはしないでください。中断に短く触れてから、止まったところから続けてください。',
    halfTime: '面接時間の半分が過ぎました。',
    threeLeft: '残り3分です。ここからは新しい主な質問をしないでください。',
    oneLeft: '残り1分です。面接を締めくくってください。',
    silence: '候補者はしばらく黙っています。',
    nudge: '候補者があなたの返答を待っています。面接を続けてください。',
    typed:
      '候補者は回答を入力しています。マイクはありません。音声や聞こえ方には触れないでください。入力された回答を読んで進めてください。',
  },
};
