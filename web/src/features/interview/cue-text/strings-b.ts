// Cue texts, second half of the table (see cue-strings.ts).

import type { CueStrings } from './cue-strings-type';

export const CUE_STRINGS_B: Readonly<Record<string, CueStrings>> = {
  kn: {
    start: 'ಅಭ್ಯರ್ಥಿ ಕೋಣೆಗೆ ಬಂದಿದ್ದಾರೆ. ಅವರನ್ನು ಸ್ವಾಗತಿಸಿ ಈಗಲೇ ಸಂದರ್ಶನ ಪ್ರಾರಂಭಿಸಿ.',
    resume:
      'ಸಂಪರ್ಕ ಕಡಿದುಹೋಯಿತು, ಸಂದರ್ಶನ ಹೊಸ ಸೆಷನ್‌ನಲ್ಲಿ ಮುಂದುವರಿಯುತ್ತಿದೆ. ಮತ್ತೆ ಸ್ವಾಗತಿಸಬೇಡಿ. ಅಡಚಣೆಯನ್ನು ಸಂಕ್ಷಿಪ್ತವಾಗಿ ಉಲ್ಲೇಖಿಸಿ, ನಿಂತಲ್ಲಿಂದ ಮುಂದುವರಿಸಿ.',
    halfTime: 'ಸಂದರ್ಶನದ ಅರ್ಧ ಸಮಯ ಕಳೆದಿದೆ.',
    threeLeft: 'ಮೂರು ನಿಮಿಷ ಉಳಿದಿದೆ: ಇನ್ನು ಹೊಸ ಮುಖ್ಯ ಪ್ರಶ್ನೆ ಬೇಡ.',
    oneLeft: 'ಒಂದು ನಿಮಿಷ ಉಳಿದಿದೆ: ಈಗ ಸಂದರ್ಶನ ಮುಗಿಸಿ.',
    silence: 'ಅಭ್ಯರ್ಥಿ ಸ್ವಲ್ಪ ಸಮಯದಿಂದ ಮೌನವಾಗಿದ್ದಾರೆ.',
    nudge: 'ಅಭ್ಯರ್ಥಿ ನಿಮ್ಮ ಉತ್ತರಕ್ಕಾಗಿ ಕಾಯುತ್ತಿದ್ದಾರೆ. ದಯವಿಟ್ಟು ಸಂದರ್ಶನ ಮುಂದುವರಿಸಿ.',
    typed:
      'ಅಭ್ಯರ್ಥಿ ತಮ್ಮ ಉತ್ತರಗಳನ್ನು ಟೈಪ್ ಮಾಡುತ್ತಾರೆ; ಮೈಕ್ರೊಫೋನ್ ಇಲ್ಲ. ಧ್ವನಿ ಅಥವಾ ಕೇಳಿಸುವುದರ ಬಗ್ಗೆ ಎಂದಿಗೂ ಹೇಳಬೇಡಿ: ಪ್ರತಿಯೊಂದು ಟೈಪ್ ಮಾಡಿದ ಉತ್ತರವನ್ನು ಓದಿ ಮುಂದುವರಿಸಿ.',
  },
  ko: {
    start: '지원자가 입장했습니다. 인사하고 지금 면접을 시작하세요.',
    resume:
      '연결이 끊겨 면접이 새 세션에서 이어집니다. 다시 인사하지 마세요. 중단된 것을 짧게 언급하고 멈춘 곳부터 이어가세요.',
    halfTime: '면접 시간의 절반이 지났습니다.',
    threeLeft: '3분 남았습니다. 이제 새로운 주요 질문은 하지 마세요.',
    oneLeft: '1분 남았습니다. 지금 면접을 마무리하세요.',
    silence: '지원자가 한동안 말이 없습니다.',
    nudge: '지원자가 답을 기다리고 있습니다. 면접을 계속하세요.',
    typed:
      '지원자는 답변을 타이핑합니다. 마이크가 없습니다. 소리나 들리는지에 대해서는 절대 언급하지 말고, 입력된 답변을 읽고 계속 진행하세요.',
  },
  ml: {
    start: 'ഉദ്യോഗാർത്ഥി മുറിയിൽ എത്തി. അവരെ സ്വാഗതം ചെയ്ത് ഇപ്പോൾ തന്നെ അഭിമുഖം ആരംഭിക്കുക.',
    resume:
      'കണക്ഷൻ മുറിഞ്ഞു, അഭിമുഖം ഒരു പുതിയ സെഷനിൽ തുടരുന്നു. വീണ്ടും സ്വാഗതം ചെയ്യരുത്. തടസ്സത്തെക്കുറിച്ച് ചുരുക്കി പറഞ്ഞ്, നിർത്തിയിടത്തുനിന്ന് തുടരുക.',
    halfTime: 'അഭിമുഖ സമയത്തിന്റെ പകുതി കഴിഞ്ഞു.',
    threeLeft: 'മൂന്ന് മിനിറ്റ് ബാക്കി: ഇനി പുതിയ പ്രധാന ചോദ്യം വേണ്ട.',
    oneLeft: 'ഒരു മിനിറ്റ് ബാക്കി: ഇപ്പോൾ അഭിമുഖം അവസാനിപ്പിക്കുക.',
    silence: 'ഉദ്യോഗാർത്ഥി കുറച്ചുനേരമായി ഒന്നും പറയുന്നില്ല.',
    nudge: 'ഉദ്യോഗാർത്ഥി നിങ്ങളുടെ മറുപടിക്കായി കാത്തിരിക്കുന്നു. ദയവായി അഭിമുഖം തുടരുക.',
    typed:
      'ഉദ്യോഗാർത്ഥി ഉത്തരങ്ങൾ ടൈപ്പ് ചെയ്യുന്നു; മൈക്രോഫോൺ ഇല്ല. ശബ്ദത്തെക്കുറിച്ചോ കേൾക്കുന്നതിനെക്കുറിച്ചോ ഒരിക്കലും പറയരുത്: ടൈപ്പ് ചെയ്ത ഓരോ ഉത്തരവും വായിച്ച് തുടരുക.',
  },
  mr: {
    start: 'उमेदवार खोलीत आले आहेत. त्यांचे स्वागत करा आणि आता मुलाखत सुरू करा.',
    resume:
      'कनेक्शन तुटले होते आणि मुलाखत नव्या सत्रात पुढे सुरू आहे. पुन्हा स्वागत करू नका. व्यत्ययाचा थोडक्यात उल्लेख करा आणि जिथे थांबलो तिथून पुढे चला.',
    halfTime: 'मुलाखतीचा अर्धा वेळ संपला आहे.',
    threeLeft: 'तीन मिनिटे उरली आहेत: आता कोणताही नवीन मुख्य प्रश्न नाही.',
    oneLeft: 'एक मिनिट उरले आहे: आता मुलाखत संपवा.',
    silence: 'उमेदवार काही वेळापासून शांत आहेत.',
    nudge: 'उमेदवार तुमच्या उत्तराची वाट पाहत आहेत. कृपया मुलाखत पुढे सुरू ठेवा.',
    typed:
      'उमेदवार आपली उत्तरे टाइप करत आहेत; मायक्रोफोन नाही. आवाज किंवा ऐकू येण्याबद्दल कधीही बोलू नका: प्रत्येक टाइप केलेले उत्तर वाचा आणि पुढे चला.',
  },
  nl: {
    start: 'De kandidaat is binnen. Begroet de kandidaat en begin nu met het interview.',
    resume:
      'De verbinding viel weg en het interview gaat verder in een nieuwe sessie. Begroet de kandidaat niet opnieuw. Benoem de onderbreking kort en ga verder waar het gesprek stopte.',
    halfTime: 'De helft van de interviewtijd is voorbij.',
    threeLeft: 'Nog drie minuten: vanaf nu geen nieuwe hoofdvraag meer.',
    oneLeft: 'Nog één minuut: rond het interview nu af.',
    silence: 'De kandidaat is al een tijdje stil.',
    nudge: 'De kandidaat wacht op je antwoord. Ga verder met het interview.',
    typed:
      'De kandidaat typt de antwoorden; er is geen microfoon. Zeg nooit iets over geluid of horen: lees elk getypt antwoord en ga verder.',
  },
  pl: {
    start: 'Kandydat dołączył do rozmowy. Przywitaj się i rozpocznij teraz rozmowę kwalifikacyjną.',
    resume:
      'Połączenie zostało przerwane i rozmowa toczy się dalej w nowej sesji. Nie witaj się ponownie. Krótko wspomnij o przerwie i kontynuuj od miejsca, w którym rozmowa się urwała.',
    halfTime: 'Minęła połowa czasu rozmowy.',
    threeLeft: 'Zostały trzy minuty: od teraz żadnego nowego głównego pytania.',
    oneLeft: 'Została jedna minuta: zakończ teraz rozmowę.',
    silence: 'Kandydat od dłuższej chwili milczy.',
    nudge: 'Kandydat czeka na twoją odpowiedź. Kontynuuj rozmowę.',
    typed:
      'Kandydat wpisuje odpowiedzi; nie ma mikrofonu. Nigdy nie wspominaj o dźwięku ani o słyszeniu: przeczytaj każdą wpisaną odpowiedź i kontynuuj.',
  },
  pt: {
    start: 'A pessoa candidata entrou na sala. Cumprimente-a e comece a entrevista agora.',
    resume:
      'A conexão caiu e a entrevista continua em uma nova sessão. Não cumprimente de novo. Mencione brevemente a interrupção e continue de onde parou.',
    halfTime: 'Metade do tempo da entrevista já passou.',
    threeLeft: 'Faltam três minutos: a partir de agora, nenhuma nova pergunta principal.',
    oneLeft: 'Falta um minuto: encerre a entrevista agora.',
    silence: 'A pessoa candidata está em silêncio há algum tempo.',
    nudge: 'A pessoa candidata está esperando sua resposta. Continue a entrevista, por favor.',
    typed:
      'A pessoa candidata digita as respostas; não há microfone. Nunca mencione som nem se está ouvindo: leia cada resposta digitada e continue.',
  },
  ru: {
    start: 'Кандидат подключился. Поздоровайся и начни собеседование.',
    resume:
      'Связь прервалась, собеседование продолжается в новом сеансе. Не здоровайся снова. Коротко упомяни перерыв и продолжи с того места, где остановились.',
    halfTime: 'Прошла половина времени собеседования.',
    threeLeft: 'Осталось три минуты: больше никаких новых основных вопросов.',
    oneLeft: 'Осталась одна минута: заверши собеседование сейчас.',
    silence: 'Кандидат уже какое-то время молчит.',
    nudge: 'Кандидат ждёт твоего ответа. Продолжай собеседование.',
    typed:
      'Кандидат печатает ответы, микрофона нет. Никогда не упоминай звук и слышимость: читай каждый напечатанный ответ и продолжай.',
  },
  ta: {
    start: 'விண்ணப்பதாரர் அறைக்குள் வந்துவிட்டார். அவரை வரவேற்று இப்போதே நேர்காணலைத் தொடங்குங்கள்.',
    resume:
      'இணைப்பு துண்டிக்கப்பட்டது, நேர்காணல் புதிய அமர்வில் தொடர்கிறது. மீண்டும் வரவேற்க வேண்டாம். இடைவெளியைச் சுருக்கமாகக் குறிப்பிட்டு, நின்ற இடத்திலிருந்து தொடருங்கள்.',
    halfTime: 'நேர்காணல் நேரத்தில் பாதி முடிந்துவிட்டது.',
    threeLeft: 'மூன்று நிமிடங்கள் உள்ளன: இனி புதிய முக்கியக் கேள்வி இல்லை.',
    oneLeft: 'ஒரு நிமிடம் உள்ளது: இப்போது நேர்காணலை முடியுங்கள்.',
    silence: 'விண்ணப்பதாரர் சிறிது நேரமாக அமைதியாக இருக்கிறார்.',
    nudge: 'விண்ணப்பதாரர் உங்கள் பதிலுக்காகக் காத்திருக்கிறார். தயவுசெய்து நேர்காணலைத் தொடருங்கள்.',
    typed:
      'வேட்பாளர் தம் பதில்களைத் தட்டச்சு செய்கிறார்; மைக்ரோஃபோன் இல்லை. ஒலி அல்லது கேட்பது பற்றி ஒருபோதும் பேசாதீர்கள்: தட்டச்சு செய்த ஒவ்வொரு பதிலையும் படித்துத் தொடருங்கள்.',
  },
  te: {
    start: 'అభ్యర్థి గదిలోకి వచ్చారు. వారిని పలకరించి ఇప్పుడే ఇంటర్వ్యూ ప్రారంభించండి.',
    resume: 'కనెక్షన్ తెగిపోయింది, ఇంటర్వ్యూ కొత్త సెషన్‌లో కొనసాగుతోంది. మళ్ళీ పలకరించవద్దు. అంతరాయాన్ని క్లుప్తంగా ప్రస్తావించి, ఆగిన చోట నుండి కొనసాగించండి.',
    halfTime: 'ఇంటర్వ్యూ సమయంలో సగం గడిచిపోయింది.',
    threeLeft: 'మూడు నిమిషాలు మిగిలి ఉన్నాయి: ఇకపై కొత్త ప్రధాన ప్రశ్న వద్దు.',
    oneLeft: 'ఒక నిమిషం మిగిలి ఉంది: ఇప్పుడే ఇంటర్వ్యూ ముగించండి.',
    silence: 'అభ్యర్థి కొంతసేపటిగా మౌనంగా ఉన్నారు.',
    nudge: 'అభ్యర్థి మీ సమాధానం కోసం ఎదురుచూస్తున్నారు. దయచేసి ఇంటర్వ్యూ కొనసాగించండి.',
    typed:
      'అభ్యర్థి తమ సమాధానాలను టైప్ చేస్తున్నారు; మైక్రోఫోన్ లేదు. శబ్దం గురించి గానీ వినిపించడం గురించి గానీ ఎప్పుడూ మాట్లాడకండి: టైప్ చేసిన ప్రతి సమాధానాన్ని చదివి కొనసాగించండి.',
  },
  th: {
    start: 'ผู้สมัครเข้าห้องแล้ว กล่าวทักทายและเริ่มการสัมภาษณ์ได้เลย',
    resume: 'การเชื่อมต่อขาดหายและการสัมภาษณ์ดำเนินต่อในเซสชันใหม่ ไม่ต้องทักทายอีก พูดถึงการขัดจังหวะสั้น ๆ แล้วสัมภาษณ์ต่อจากจุดที่หยุดไว้',
    halfTime: 'เวลาสัมภาษณ์ผ่านไปครึ่งหนึ่งแล้ว',
    threeLeft: 'เหลือเวลาสามนาที: ตั้งแต่นี้ไม่ถามคำถามหลักใหม่',
    oneLeft: 'เหลือเวลาหนึ่งนาที: ปิดการสัมภาษณ์เดี๋ยวนี้',
    silence: 'ผู้สมัครเงียบไปสักพักแล้ว',
    nudge: 'ผู้สมัครกำลังรอคำตอบของคุณ โปรดสัมภาษณ์ต่อ',
    typed: 'ผู้สมัครพิมพ์คำตอบ ไม่มีไมโครโฟน อย่าพูดถึงเสียงหรือการได้ยินเลย ให้อ่านคำตอบที่พิมพ์แต่ละข้อแล้วสัมภาษณ์ต่อ',
  },
  tr: {
    start: 'Aday odaya katıldı. Onu selamla ve mülakata şimdi başla.',
    resume:
      'Bağlantı koptu ve mülakat yeni bir oturumda devam ediyor. Adayı yeniden selamlama. Kesintiden kısaca bahset ve kalınan yerden devam et.',
    halfTime: 'Mülakat süresinin yarısı doldu.',
    threeLeft: 'Üç dakika kaldı: bundan sonra yeni ana soru yok.',
    oneLeft: 'Bir dakika kaldı: mülakatı şimdi bitir.',
    silence: 'Aday bir süredir sessiz.',
    nudge: 'Aday cevabını bekliyor. Lütfen mülakata devam et.',
    typed:
      'Aday cevaplarını yazıyor; mikrofon yok. Sesten ya da duymaktan asla söz etme: yazılan her cevabı oku ve devam et.',
  },
  vi: {
    start: 'Ứng viên đã vào phòng. Hãy chào và bắt đầu buổi phỏng vấn ngay.',
    resume:
      'Kết nối bị gián đoạn và buổi phỏng vấn tiếp tục trong một phiên mới. Đừng chào lại. Nhắc ngắn gọn về sự gián đoạn rồi tiếp tục từ chỗ đã dừng.',
    halfTime: 'Đã hết một nửa thời gian phỏng vấn.',
    threeLeft: 'Còn ba phút: từ giờ không hỏi câu hỏi chính mới nào nữa.',
    oneLeft: 'Còn một phút: hãy kết thúc buổi phỏng vấn ngay.',
    silence: 'Ứng viên đã im lặng một lúc.',
    nudge: 'Ứng viên đang chờ bạn trả lời. Hãy tiếp tục buổi phỏng vấn.',
    typed:
      'Ứng viên gõ câu trả lời; không có micrô. Đừng bao giờ nhắc đến âm thanh hay việc nghe: hãy đọc từng câu trả lời được gõ và tiếp tục.',
  },
};
