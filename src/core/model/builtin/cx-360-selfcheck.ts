import type { Model } from "../schema";

export const cx360Selfcheck: Model = {
  id: "cx-360-selfcheck",
  version: "1.0.0",
  name: {
    it: "Autoanalisi della customer experience a 360 gradi",
    en: "360-degree customer experience self-check",
  },
  description: {
    it: "Autoanalisi rapida con le 25 domande sì/no dell’articolo: l’azienda sa costruire e gestire sistematicamente una customer experience positiva e duratura? Il numero di risposte positive colloca l’azienda in una delle tre fasce della fonte (0–8, 9–17, 18–25); le domande sono raggruppate in 5 aree per mostrare dove si concentrano le carenze. Adatta a un primo incontro o a un check veloce. La fascia complessiva compare solo quando tutte le domande hanno una risposta.",
    en: "A quick self-check with the article’s 25 yes/no questions: can the company systematically build and manage a positive, lasting customer experience? The number of yes answers places the company in one of the source’s three bands (0–8, 9–17, 18–25); the questions are grouped into 5 areas to show where the gaps are. Suited to a first meeting or a quick check. The overall band appears only once every question has been answered.",
  },
  source: {
    citation: {
      it: "«Pronti per un’esperienza cliente a tutto tondo», riquadro “Spunti per un’autoanalisi” (25 domande e fasce di risposte positive).",
      en: "“Pronti per un’esperienza cliente a tutto tondo” (Ready for an all-round customer experience), “Spunti per un’autoanalisi” (Self-assessment prompts) box: 25 questions and bands of yes answers.",
    },
    authorsNote: {
      it: "Le 25 domande e le fasce complessive (0–8, 9–17, 18–25 risposte positive) con i loro testi sono quelli della fonte. Il raggruppamento delle domande in 5 aree e le fasce per area (0–1, 2–3, 4–5 risposte positive) sono una scelta di Bussola CX.",
      en: "The 25 questions and the overall bands (0–8, 9–17, 18–25 yes answers) with their texts come from the source. The grouping of the questions into 5 areas and the area bands (0–1, 2–3, 4–5 yes answers) are Bussola CX’s own choice.",
    },
  },
  estimatedMinutes: 10,
  scoring: { overall: "sum", minCompleteness: 1 },
  scales: [
    {
      id: "yes-no",
      name: { it: "Sì / No", en: "Yes / No" },
      options: [
        { value: 0, label: { it: "No", en: "No" } },
        { value: 1, label: { it: "Sì", en: "Yes" } },
      ],
      allowNA: false,
    },
  ],
  areas: [
    {
      id: "customer-focus",
      name: { it: "Orientamento al cliente e strategia", en: "Customer focus and strategy" },
      description: {
        it: "Se l’azienda mette davvero il cliente al centro, con una visione di lungo periodo e un’esperienza che genera fidelizzazione e advocacy.",
        en: "Whether the company truly puts the customer at the centre, with a long-term vision and an experience that builds loyalty and advocacy.",
      },
      weight: 1,
      range: { min: 0, max: 5 },
    },
    {
      id: "data-knowledge",
      name: { it: "Dati, conoscenza e strumenti", en: "Data, knowledge and tools" },
      description: {
        it: "Se la conoscenza del cliente si basa su dati raccolti e usati in modo organizzato e su strumenti e tecnologie adeguati.",
        en: "Whether customer knowledge rests on data collected and used in an organised way and on suitable tools and technology.",
      },
      weight: 1,
      range: { min: 0, max: 5 },
    },
    {
      id: "relationship-channels",
      name: { it: "Relazione e canali", en: "Relationship and channels" },
      description: {
        it: "Se la relazione con il cliente è continua, personalizzata e coerente in tutti i canali e touchpoint, fisici e digitali.",
        en: "Whether the customer relationship is continuous, personalised and consistent across every channel and touchpoint, physical and digital.",
      },
      weight: 1,
      range: { min: 0, max: 5 },
    },
    {
      id: "organisation-governance",
      name: { it: "Organizzazione e governance", en: "Organisation and governance" },
      description: {
        it: "Se indirizzi strategici, regia della customer experience e integrazione di sistemi e funzioni sono chiari e condivisi.",
        en: "Whether strategic direction, ownership of the customer experience and the integration of systems and functions are clear and shared.",
      },
      weight: 1,
      range: { min: 0, max: 5 },
    },
    {
      id: "culture-people",
      name: { it: "Cultura e persone", en: "Culture and people" },
      description: {
        it: "Se esiste una cultura customer centric condivisa, con ruoli chiari, formazione e attenzione al lato umano e all’employee experience.",
        en: "Whether there is a shared customer-centric culture, with clear roles, training and attention to the human side and to the employee experience.",
      },
      weight: 1,
      range: { min: 0, max: 5 },
    },
  ],
  questions: [
    {
      id: "q01",
      area: "customer-focus",
      scale: "yes-no",
      text: {
        it: "L’azienda mette il cliente al centro? Sa costruire e gestire una customer experience al top?",
        en: "Does the company put the customer at the centre? Can it build and manage a first-class customer experience?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q02",
      area: "customer-focus",
      scale: "yes-no",
      text: {
        it: "Punta a una profonda conoscenza del cliente e delle sue esigenze, a migliori relazioni e interazioni, alla personalizzazione e alla customer satisfaction?",
        en: "Does it aim for an in-depth knowledge of the customer and their needs, for better relationships and interactions, for personalisation and for customer satisfaction?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q03",
      area: "data-knowledge",
      scale: "yes-no",
      text: {
        it: "Segue un approccio al mercato a 360 gradi, imperniato sui dati e volto a dare risposte sempre più mirate a ogni cliente?",
        en: "Does it take a 360-degree approach to the market, centred on data and aimed at giving each customer ever more targeted answers?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q04",
      area: "data-knowledge",
      scale: "yes-no",
      text: {
        it: "Anche grazie alle nuove tecnologie, l’azienda è in grado di gestire meglio le proprie attività conoscitive, strategiche e operative di mercato? Di offrire proposte ed esperienze migliori, distintive e personalizzate?",
        en: "Thanks in part to new technologies, is the company able to manage its market research, strategic and operational activities better? To offer better, distinctive and personalised propositions and experiences?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q05",
      area: "data-knowledge",
      scale: "yes-no",
      text: {
        it: "Sono aumentati e migliorati gli strumenti e le modalità della customer experience generata dall’azienda?",
        en: "Have the tools and methods behind the customer experience the company delivers grown and improved?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q06",
      area: "culture-people",
      scale: "yes-no",
      text: {
        it: "Esistono la cultura e l’organizzazione necessarie affinché la customer experience possa essere costruita strategicamente e gestita operativamente in maniera mirata e organizzata?",
        en: "Are the culture and organisation in place for the customer experience to be built strategically and managed operationally in a targeted, organised way?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q07",
      area: "customer-focus",
      scale: "yes-no",
      text: {
        it: "L’azienda costruisce e gestisce una customer experience efficace a 360 gradi, in maniera organica, coerente e sistematica?",
        en: "Does the company build and manage an effective 360-degree customer experience in an organic, consistent and systematic way?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q08",
      area: "organisation-governance",
      scale: "yes-no",
      text: {
        it: "Garantisce la condivisione degli indirizzi strategici e il coinvolgimento di tutte le funzioni aziendali che intervengono sul cliente e sul suo percorso di acquisto?",
        en: "Does it ensure that strategic direction is shared and that every business function affecting the customer and their purchase journey is involved?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q09",
      area: "relationship-channels",
      scale: "yes-no",
      text: {
        it: "Si relaziona efficacemente col cliente? Lo ascolta, lo coinvolge e lo guida sistematicamente e coerentemente?",
        en: "Does it engage with the customer effectively? Does it listen to, involve and guide the customer systematically and consistently?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q10",
      area: "relationship-channels",
      scale: "yes-no",
      text: {
        it: "Mantiene relazioni continuative presidiando tutte le fasi del customer journey in tutti i principali canali e touchpoint?",
        en: "Does it maintain ongoing relationships, covering every stage of the customer journey across all the main channels and touchpoints?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q11",
      area: "relationship-channels",
      scale: "yes-no",
      text: {
        it: "La relazione col cliente permea la customer experience in maniera univoca e continuativa e, quindi, senza interruzioni tra fisico e digitale?",
        en: "Does the relationship with the customer run through the customer experience in a unified, continuous way, and therefore without breaks between physical and digital?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q12",
      area: "data-knowledge",
      scale: "yes-no",
      text: {
        it: "Nell’ambito della customer experience, la conoscenza e l’interazione continua sono un tassello fondamentale?",
        en: "Within the customer experience, are knowledge and continuous interaction a fundamental building block?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q13",
      area: "organisation-governance",
      scale: "yes-no",
      text: {
        it: "Gli strumenti digitali e le risorse umane intrattengono relazioni coerenti in linea con le strategie tramite una solida struttura organizzativa e grazie a una visione chiara e condivisa della customer experience?",
        en: "Do digital tools and people maintain consistent relationships, in line with the strategies, through a solid organisational structure and a clear, shared vision of the customer experience?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q14",
      area: "relationship-channels",
      scale: "yes-no",
      text: {
        it: "La customer experience che garantisce l’azienda si basa sulla gestione univoca e coerente della relazione con il cliente?",
        en: "Is the customer experience the company provides based on unified, consistent management of the customer relationship?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q15",
      area: "customer-focus",
      scale: "yes-no",
      text: {
        it: "L’esperienza è univoca e fluida e complessivamente soddisfacente? È foriera di fidelizzazione e advocacy?",
        en: "Is the experience consistent, seamless and satisfying overall? Does it lead to loyalty and advocacy?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q16",
      area: "relationship-channels",
      scale: "yes-no",
      text: {
        it: "Comunicazioni, interazioni e proposte personalizzate rappresentano un tassello fondamentale dell’esperienza?",
        en: "Are personalised communications, interactions and offers a fundamental building block of the experience?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q17",
      area: "organisation-governance",
      scale: "yes-no",
      text: {
        it: "Esiste un “direttore d’orchestra” a cui fa capo la customer experience a livello strategico e gestionale? È in grado di gestire le risorse umane, le competenze e gli strumenti necessari per presidiare la relazione col cliente nei diversi canali?",
        en: "Is there a “conductor” in charge of the customer experience at strategic and management level? Are they able to manage the people, skills and tools needed to look after the customer relationship across the different channels?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q18",
      area: "organisation-governance",
      scale: "yes-no",
      text: {
        it: "Obiettivi e strategie sono univocamente indirizzati? Sistemi, dati, canali, touchpoint, comunicazioni e strumenti sono integrati?",
        en: "Do objectives and strategies all point in the same direction? Are systems, data, channels, touchpoints, communications and tools integrated?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q19",
      area: "customer-focus",
      scale: "yes-no",
      text: {
        it: "La customer experience dipende da un approccio strategico a 360 gradi, da una visione di lungo periodo, da una cultura aziendale univoca e da capacità organizzative in grado di gestirla coerentemente?",
        en: "Does the customer experience rest on a 360-degree strategic approach, a long-term vision, a unified corporate culture and organisational capabilities able to manage it consistently?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q20",
      area: "organisation-governance",
      scale: "yes-no",
      text: {
        it: "Si basa su una visione olistica, dinamica e flessibile, su un approccio integrato che coinvolge tutte le funzioni aziendali?",
        en: "Is it based on a holistic, dynamic and flexible vision, and on an integrated approach that involves every business function?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q21",
      area: "culture-people",
      scale: "yes-no",
      text: {
        it: "L’azienda investe sulla digital transformation ma anche sulla formazione e sullo sviluppo di una cultura aziendale customer centric, su una cultura condivisa della customer experience?",
        en: "Does the company invest in digital transformation but also in training and in developing a customer-centric corporate culture, a shared culture of customer experience?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q22",
      area: "culture-people",
      scale: "yes-no",
      text: {
        it: "Nello sviluppo della customer experience tutti hanno un ruolo ben preciso e ne sono responsabili?",
        en: "In developing the customer experience, does everyone have a clearly defined role and take responsibility for it?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q23",
      area: "culture-people",
      scale: "yes-no",
      text: {
        it: "Customer/user experience ed employee experience sono strettamente correlate e gestite?",
        en: "Are customer/user experience and employee experience closely linked and managed together?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q24",
      area: "culture-people",
      scale: "yes-no",
      text: {
        it: "Il lato umano conserva la sua fondamentale rilevanza?",
        en: "Does the human side keep its fundamental importance?",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "q25",
      area: "data-knowledge",
      scale: "yes-no",
      text: {
        it: "I dati sono adeguatamente raccolti e utilizzati in maniera organizzata, mirata e flessibile al fine di conoscere i clienti e comprenderne le esigenze, le aspettative e le tendenze evolutive per migliorare la customer experience e i risultati aziendali?",
        en: "Is data properly collected and used in an organised, targeted and flexible way to know customers and understand their needs, expectations and changing trends, so as to improve the customer experience and business results?",
      },
      weight: 1,
      reverse: false,
    },
  ],
  bands: {
    overall: [
      {
        id: "many-gaps",
        min: 0,
        max: 9,
        label: { it: "0–8 · Molte carenze", en: "0–8 · Many gaps" },
        description: {
          it: "Sembrano molte le carenze a livello strategico, informativo, organizzativo e, probabilmente, anche tecnologico. Presumibilmente mancano anche una vision globalmente condivisa e una solida strategia.",
          en: "There appear to be many gaps at the strategic, information and organisational level, and probably at the technological level too. A vision shared across the company and a solid strategy are presumably also missing.",
        },
        color: "#d93025",
      },
      {
        id: "missing-pieces",
        min: 9,
        max: 18,
        label: { it: "9–17 · Manca qualche tassello", en: "9–17 · A few pieces missing" },
        description: {
          it: "Manca qualche tassello affinché una cultura customer centric e una customer experience ottimali generino i risultati economici e commerciali desiderati. Carenza di condivisione e collaborazione? Inadeguatezza dei sistemi di analisi e di gestione dei dati? Incompleto utilizzo delle informazioni ai fini della proposta di soluzioni specifiche e distintive?",
          en: "A few pieces are missing for a customer-centric culture and an optimal customer experience to deliver the desired financial and commercial results. A lack of sharing and collaboration? Inadequate systems for analysing and managing data? Incomplete use of information to propose specific, distinctive solutions?",
        },
        color: "#f9ab00",
      },
      {
        id: "shared-culture",
        min: 18,
        max: 25,
        label: {
          it: "18–25 · Cultura customer centric condivisa",
          en: "18–25 · Shared customer-centric culture",
        },
        description: {
          it: "Quella dell’azienda è una cultura customer centric condivisa da tutte le funzioni interne. Le strategie sono basate sulla conoscenza dei target e di ogni singolo cliente, su relazioni continuative e sulla raccolta e gestione sistematica dei dati a ciò necessari. Sorregge il tutto un sistema informativo ben strutturato, anche grazie alle nuove tecnologie.",
          en: "The company has a customer-centric culture shared by all its internal functions. Strategies are based on knowledge of the target groups and of each individual customer, on ongoing relationships and on the systematic collection and management of the data this requires. Everything is supported by a well-structured information system, thanks in part to new technologies.",
        },
        color: "#188038",
      },
    ],
    areas: [
      {
        id: "lacking",
        min: 0,
        max: 2,
        label: { it: "Carente", en: "Lacking" },
        description: {
          it: "Al massimo una risposta positiva su cinque: l’area è una priorità.",
          en: "At most one yes out of five: this area is a priority.",
        },
        color: "#d93025",
      },
      {
        id: "partial",
        min: 2,
        max: 4,
        label: { it: "Parziale", en: "Partial" },
        description: {
          it: "Due o tre risposte positive su cinque: le basi ci sono, ma mancano alcuni tasselli.",
          en: "Two or three yes answers out of five: the foundations are there, but some pieces are missing.",
        },
        color: "#f9ab00",
      },
      {
        id: "strong",
        min: 4,
        max: 5,
        label: { it: "Solida", en: "Strong" },
        description: {
          it: "Quattro o cinque risposte positive su cinque: l’area è un punto di forza.",
          en: "Four or five yes answers out of five: this area is a strength.",
        },
        color: "#188038",
      },
    ],
  },
  recommendations: [
    {
      area: "customer-focus",
      band: "lacking",
      text: {
        it: "Formalizzate con il vertice una visione di lungo periodo della customer experience e stabilite quale esperienza volete garantire ai clienti prioritari.",
        en: "Set out a long-term customer experience vision with top management and decide which experience you want to guarantee your priority customers.",
      },
    },
    {
      area: "customer-focus",
      band: "partial",
      text: {
        it: "Traducete la visione in obiettivi e indicatori (soddisfazione, fidelizzazione, advocacy) e verificateli con regolarità lungo tutto il customer journey.",
        en: "Turn the vision into objectives and indicators (satisfaction, loyalty, advocacy) and check them regularly along the whole customer journey.",
      },
    },
    {
      area: "customer-focus",
      band: "strong",
      text: {
        it: "Mantenete il livello rivedendo ogni anno visione e obiettivi alla luce delle esigenze dei clienti, che cambiano continuamente.",
        en: "Sustain this level by reviewing the vision and objectives every year in light of customers’ ever-changing needs.",
      },
    },
    {
      area: "data-knowledge",
      band: "lacking",
      text: {
        it: "Stabilite quali dati sui clienti raccogliere, dove e a quale scopo, partendo dai feedback e dalle richieste che già ricevete.",
        en: "Decide which customer data to collect, where and for what purpose, starting from the feedback and requests you already receive.",
      },
    },
    {
      area: "data-knowledge",
      band: "partial",
      text: {
        it: "Integrate i dati dei diversi canali in un unico sistema e usateli per personalizzare proposte e comunicazioni.",
        en: "Bring data from the different channels into a single system and use it to personalise offers and communications.",
      },
    },
    {
      area: "data-knowledge",
      band: "strong",
      text: {
        it: "Mantenete il livello aggiornando strumenti e analisi man mano che cambiano le tecnologie e i comportamenti dei clienti.",
        en: "Sustain this level by updating tools and analysis as technology and customer behaviour change.",
      },
    },
    {
      area: "relationship-channels",
      band: "lacking",
      text: {
        it: "Mappate il customer journey con tutti i canali e i touchpoint e individuate dove il cliente resta senza un riferimento o deve ripetere le informazioni.",
        en: "Map the customer journey with all its channels and touchpoints and find where customers are left without a point of contact or have to repeat information.",
      },
    },
    {
      area: "relationship-channels",
      band: "partial",
      text: {
        it: "Eliminate le interruzioni tra fisico e digitale: stesse informazioni, stesso tono e storico del cliente condiviso in ogni canale.",
        en: "Remove the breaks between physical and digital: the same information, the same tone and a shared customer history in every channel.",
      },
    },
    {
      area: "relationship-channels",
      band: "strong",
      text: {
        it: "Mantenete il livello verificando periodicamente con i clienti la coerenza dei canali e personalizzando sempre di più le interazioni.",
        en: "Sustain this level by checking channel consistency with customers at regular intervals and making interactions ever more personal.",
      },
    },
    {
      area: "organisation-governance",
      band: "lacking",
      text: {
        it: "Nominate un “direttore d’orchestra” della customer experience con un mandato su tutte le funzioni che intervengono sul cliente.",
        en: "Appoint a customer experience “conductor” with a mandate over every function that affects the customer.",
      },
    },
    {
      area: "organisation-governance",
      band: "partial",
      text: {
        it: "Allineate obiettivi e strategie delle diverse funzioni e integrate sistemi, dati e canali sotto un’unica regia.",
        en: "Align the objectives and strategies of the different functions and integrate systems, data and channels under a single lead.",
      },
    },
    {
      area: "organisation-governance",
      band: "strong",
      text: {
        it: "Mantenete il livello con una revisione periodica della governance della customer experience che coinvolga tutte le funzioni.",
        en: "Sustain this level with a regular review of customer experience governance involving every function.",
      },
    },
    {
      area: "culture-people",
      band: "lacking",
      text: {
        it: "Avviate un percorso di formazione sulla cultura customer centric per tutte le funzioni, non solo per chi è a contatto con i clienti.",
        en: "Launch a customer-centric culture training programme for every function, not just for customer-facing staff.",
      },
    },
    {
      area: "culture-people",
      band: "partial",
      text: {
        it: "Assegnate a ciascuno un ruolo e una responsabilità precisi nella customer experience e gestite insieme employee experience e customer experience.",
        en: "Give everyone a clear role and responsibility in the customer experience, and manage employee experience and customer experience together.",
      },
    },
    {
      area: "culture-people",
      band: "strong",
      text: {
        it: "Mantenete il livello valorizzando il lato umano: riconoscete chi fa la differenza per i clienti e ascoltate regolarmente i collaboratori.",
        en: "Sustain this level by valuing the human side: recognise those who make a difference for customers and listen to employees regularly.",
      },
    },
  ],
};
