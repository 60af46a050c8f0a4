import type { Model } from "../schema";

export const beyondSilos: Model = {
  id: "beyond-silos",
  version: "1.0.0",
  name: { it: "Oltre i compartimenti stagni", en: "Beyond silos" },
  description: {
    it: "Misura quanto la centralità del cliente supera il pensiero a compartimenti stagni: comprensione comune del cliente, centralità trasversale alle sezioni, ruoli e responsabilità, delega e preparazione dei collaboratori, impulso dall’alto. È pensato per confrontare l’immagine di sé dell’azienda con quella percepita dai clienti: le domande possono essere compilate sia da dirigenti e collaboratori sia dai clienti. Create gruppi di rispondenti separati (ad esempio “Direzione”, “Collaboratori”, “Clienti”) e leggete il divario tra i gruppi area per area.",
    en: "Measures how far customer centricity has moved beyond silo thinking: a shared understanding of the customer, customer centricity across departments, roles and responsibilities, delegation and employee readiness, impetus from the top. It is built to compare the company’s self-image with how customers see it: the questions can be answered by managers and employees as well as by customers. Set up separate respondent groups (e.g. “Management”, “Employees”, “Customers”) and read the gap between groups area by area.",
  },
  source: {
    citation: {
      it: "Cyrill Luchsinger, CX Manager presso la Posta, «Superare la mentalità a compartimenti» (Centralità del cliente), pubblicato il 29.06.2021.",
      en: "Cyrill Luchsinger, CX Manager at Swiss Post, “Superare la mentalità a compartimenti” (Overcoming silo thinking), customer centricity, published 29 June 2021.",
    },
    authorsNote: {
      it: "I quattro punti da rispettare e l’impulso dall’alto vengono dalla fonte. Le domande (4 per area, alcune formulate in negativo e contate al contrario), la scala di accordo e le fasce (da 1 a meno di 2, da 2 a meno di 3, da 3 a meno di 4, da 4 a 5) sono una scelta di Bussola CX.",
      en: "The four points to respect and the impetus from the top come from the source. The questions (4 per area, some worded negatively and reverse-scored), the agreement scale and the bands (1 to under 2, 2 to under 3, 3 to under 4, 4 to 5) are Bussola CX’s own choice.",
    },
  },
  estimatedMinutes: 10,
  scoring: { overall: "weightedMean", minCompleteness: 0.6 },
  scales: [
    {
      id: "agreement-1-5",
      name: { it: "Grado di accordo", en: "Level of agreement" },
      options: [
        { value: 1, label: { it: "1 · Per niente d’accordo", en: "1 · Strongly disagree" } },
        { value: 2, label: { it: "2 · Poco d’accordo", en: "2 · Disagree" } },
        {
          value: 3,
          label: { it: "3 · Né d’accordo né in disaccordo", en: "3 · Neither agree nor disagree" },
        },
        { value: 4, label: { it: "4 · D’accordo", en: "4 · Agree" } },
        { value: 5, label: { it: "5 · Pienamente d’accordo", en: "5 · Strongly agree" } },
      ],
      allowNA: true,
    },
  ],
  areas: [
    {
      id: "shared-understanding",
      name: { it: "Comprensione comune del cliente", en: "Shared understanding of the customer" },
      description: {
        it: "Se ogni sezione a contatto diretto o indiretto con la clientela fa confluire le proprie conoscenze in un’immagine realistica della clientela.",
        en: "Whether every department in direct or indirect contact with customers pools its knowledge into a realistic picture of the customer base.",
      },
      weight: 1,
      range: { min: 1, max: 5 },
    },
    {
      id: "cross-functional",
      name: {
        it: "Centralità del cliente trasversale alle sezioni",
        en: "Customer centricity across departments",
      },
      description: {
        it: "Se le sezioni (marketing, vendite, customer service, logistica…) lavorano insieme attorno al cliente invece di pensare ciascuna per sé.",
        en: "Whether departments (marketing, sales, customer service, logistics…) work together around the customer instead of each thinking for itself.",
      },
      weight: 1,
      range: { min: 1, max: 5 },
    },
    {
      id: "roles-responsibilities",
      name: { it: "Ruoli e responsabilità", en: "Roles and responsibilities" },
      description: {
        it: "Se ruoli e responsabilità derivano da una comprensione condivisa dell’esperienza cliente e della promessa sulle prestazioni, e funzionano nei processi chiave.",
        en: "Whether roles and responsibilities follow from a shared understanding of the customer experience and the service promise, and work in the key processes.",
      },
      weight: 1,
      range: { min: 1, max: 5 },
    },
    {
      id: "empowerment",
      name: {
        it: "Delegare responsabilità e preparare i collaboratori",
        en: "Delegating responsibility and preparing employees",
      },
      description: {
        it: "Se i collaboratori hanno la responsabilità e la preparazione per vivere la centralità del cliente nella loro quotidianità lavorativa.",
        en: "Whether employees have the responsibility and the preparation to live customer centricity in their everyday work.",
      },
      weight: 1,
      range: { min: 1, max: 5 },
    },
    {
      id: "leadership",
      name: { it: "Impulso dall’alto", en: "Impetus from the top" },
      description: {
        it: "Se l’impulso per il CX management viene dall’alto: vissuto in prima persona dalla direzione, tradotto in obiettivi e radicato nella cultura aziendale.",
        en: "Whether the drive for CX management comes from the top: lived personally by senior management, turned into objectives and rooted in the company culture.",
      },
      weight: 1,
      range: { min: 1, max: 5 },
    },
  ],
  questions: [
    {
      id: "shared-1",
      area: "shared-understanding",
      scale: "agreement-1-5",
      text: {
        it: "L’azienda ha un’immagine realistica di chi sono i suoi clienti e di ciò di cui hanno bisogno.",
        en: "The company has a realistic picture of who its customers are and what they need.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "shared-2",
      area: "shared-understanding",
      scale: "agreement-1-5",
      text: {
        it: "Chiunque si occupi del cliente in azienda (vendite, assistenza, logistica…) conosce la sua storia e la sua situazione.",
        en: "Whoever deals with the customer at the company (sales, service, logistics…) knows the customer’s history and situation.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "shared-3",
      area: "shared-understanding",
      scale: "agreement-1-5",
      text: {
        it: "I clienti hanno l’impressione di non essere capiti dall’azienda.",
        en: "Customers feel that the company does not understand them.",
      },
      weight: 1,
      reverse: true,
    },
    {
      id: "shared-4",
      area: "shared-understanding",
      scale: "agreement-1-5",
      text: {
        it: "L’azienda ascolta i clienti con continuità e aggiorna ciò che sa di loro man mano che cambiano le loro aspettative.",
        en: "The company listens to customers continuously and updates what it knows about them as their expectations change.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "cross-1",
      area: "cross-functional",
      scale: "agreement-1-5",
      text: {
        it: "Marketing, vendite, customer service e logistica si presentano al cliente come un’unica squadra.",
        en: "Marketing, sales, customer service and logistics come across to the customer as one team.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "cross-2",
      area: "cross-functional",
      scale: "agreement-1-5",
      text: {
        it: "I clienti devono spiegare lo stesso problema a più reparti.",
        en: "Customers have to explain the same problem to several departments.",
      },
      weight: 1,
      reverse: true,
    },
    {
      id: "cross-3",
      area: "cross-functional",
      scale: "agreement-1-5",
      text: {
        it: "I nuovi prodotti e servizi dell’azienda riflettono il punto di vista del cliente, non solo quello di un singolo reparto.",
        en: "The company’s new products and services reflect the customer’s point of view, not just that of a single department.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "cross-4",
      area: "cross-functional",
      scale: "agreement-1-5",
      text: {
        it: "L’azienda offre servizi semplici, rapidi e affidabili anche quando per fornirli servono più reparti.",
        en: "The company delivers simple, fast and reliable service even when several departments are needed to provide it.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "roles-1",
      area: "roles-responsibilities",
      scale: "agreement-1-5",
      text: {
        it: "Per ogni richiesta o problema del cliente è chiaro chi, in azienda, ne è responsabile.",
        en: "For every customer request or problem it is clear who in the company is responsible for it.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "roles-2",
      area: "roles-responsibilities",
      scale: "agreement-1-5",
      text: {
        it: "L’azienda ha una promessa chiara su ciò che i clienti possono aspettarsi, e la mantiene.",
        en: "The company has a clear promise about what customers can expect, and keeps it.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "roles-3",
      area: "roles-responsibilities",
      scale: "agreement-1-5",
      text: {
        it: "Quando qualcosa va storto, i reparti si rimpallano la responsabilità.",
        en: "When something goes wrong, departments pass the buck to one another.",
      },
      weight: 1,
      reverse: true,
    },
    {
      id: "roles-4",
      area: "roles-responsibilities",
      scale: "agreement-1-5",
      text: {
        it: "Le operazioni di tutti i giorni (ordini, consegne, fatture, reclami) funzionano in modo affidabile.",
        en: "Everyday transactions (orders, deliveries, invoices, complaints) work reliably.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "empower-1",
      area: "empowerment",
      scale: "agreement-1-5",
      text: {
        it: "I collaboratori con cui i clienti hanno a che fare possono risolvere i problemi senza dover chiedere continuamente autorizzazioni.",
        en: "The employees customers deal with can solve problems without constantly having to ask for permission.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "empower-2",
      area: "empowerment",
      scale: "agreement-1-5",
      text: {
        it: "I collaboratori sono preparati a vivere la centralità del cliente nella loro quotidianità lavorativa.",
        en: "Employees are prepared to live customer centricity in their everyday work.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "empower-3",
      area: "empowerment",
      scale: "agreement-1-5",
      text: {
        it: "Quando un problema è complesso, collaboratori di reparti diversi lavorano insieme per risolverlo.",
        en: "When a problem is complex, employees from different departments work together to solve it.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "empower-4",
      area: "empowerment",
      scale: "agreement-1-5",
      text: {
        it: "I collaboratori mostrano empatia e si adattano alle esigenze di ciascun cliente.",
        en: "Employees show empathy and adapt to each customer’s needs.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "leader-1",
      area: "leadership",
      scale: "agreement-1-5",
      text: {
        it: "La direzione vive in prima persona la centralità del cliente e dà l’esempio.",
        en: "Senior management lives customer centricity personally and leads by example.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "leader-2",
      area: "leadership",
      scale: "agreement-1-5",
      text: {
        it: "La centralità del cliente si riflette negli obiettivi che l’azienda si dà e comunica.",
        en: "Customer centricity shows in the goals the company sets itself and communicates.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "leader-3",
      area: "leadership",
      scale: "agreement-1-5",
      text: {
        it: "Quando c’è pressione sui costi, l’azienda mette in secondo piano l’esperienza del cliente.",
        en: "When costs are under pressure, the company puts the customer experience on the back burner.",
      },
      weight: 1,
      reverse: true,
    },
    {
      id: "leader-4",
      area: "leadership",
      scale: "agreement-1-5",
      text: {
        it: "L’azienda tratta la customer experience come un cambiamento culturale di lungo periodo, non come una serie di iniziative isolate.",
        en: "The company treats customer experience as a long-term cultural change, not as a series of one-off initiatives.",
      },
      weight: 1,
      reverse: false,
    },
  ],
  bands: {
    overall: [
      {
        id: "siloed",
        min: 1,
        max: 2,
        label: { it: "A compartimenti stagni", en: "Siloed" },
        description: {
          it: "L’azienda ragiona per sezioni (marketing, vendite, customer service, logistica): il cliente vive passaggi di mano, ripetizioni e la mancanza di una visione comune.",
          en: "The company thinks in departments (marketing, sales, customer service, logistics): customers experience hand-offs, repetition and the lack of a shared view.",
        },
        color: "#d93025",
      },
      {
        id: "fragmented",
        min: 2,
        max: 3,
        label: { it: "Frammentata", en: "Fragmented" },
        description: {
          it: "Esistono iniziative di centralità del cliente, ma restano confinate ad alcune sezioni; ruoli e responsabilità lungo il customer journey non sono chiari.",
          en: "There are customer centricity initiatives, but they stay confined to some departments; roles and responsibilities along the customer journey are unclear.",
        },
        color: "#f9ab00",
      },
      {
        id: "aligning",
        min: 3,
        max: 4,
        label: { it: "In allineamento", en: "Aligning" },
        description: {
          it: "Le sezioni iniziano a condividere la comprensione del cliente e a collaborare; ora vanno radicati ruoli, deleghe e impulso dall’alto.",
          en: "Departments are starting to share their understanding of the customer and to work together; roles, delegation and the impetus from the top now need to take root.",
        },
        color: "#7cb342",
      },
      {
        id: "integrated",
        min: 4,
        max: 5,
        label: { it: "Oltre i silos", en: "Beyond silos" },
        description: {
          it: "La centralità del cliente è trasversale: le sezioni lavorano come un’unica organizzazione verso il cliente, con responsabilità chiare e collaboratori preparati.",
          en: "Customer centricity cuts across the organisation: departments work as one towards the customer, with clear responsibilities and well-prepared employees.",
        },
        color: "#188038",
      },
    ],
    areas: [
      {
        id: "siloed",
        min: 1,
        max: 2,
        label: { it: "A compartimenti stagni", en: "Siloed" },
        description: {
          it: "In quest’area prevale il pensiero a compartimenti stagni.",
          en: "Silo thinking prevails in this area.",
        },
        color: "#d93025",
      },
      {
        id: "fragmented",
        min: 2,
        max: 3,
        label: { it: "Frammentata", en: "Fragmented" },
        description: {
          it: "Ci sono buone pratiche, ma isolate o limitate ad alcune sezioni.",
          en: "There are good practices, but they are isolated or limited to some departments.",
        },
        color: "#f9ab00",
      },
      {
        id: "aligning",
        min: 3,
        max: 4,
        label: { it: "In allineamento", en: "Aligning" },
        description: {
          it: "Le pratiche sono diffuse, ma non ancora radicate in tutta l’organizzazione.",
          en: "The practices are widespread but not yet rooted across the whole organisation.",
        },
        color: "#7cb342",
      },
      {
        id: "integrated",
        min: 4,
        max: 5,
        label: { it: "Oltre i silos", en: "Beyond silos" },
        description: {
          it: "Le pratiche sono trasversali alle sezioni e ben radicate.",
          en: "The practices cut across departments and are firmly rooted.",
        },
        color: "#188038",
      },
    ],
  },
  recommendations: [
    {
      area: "shared-understanding",
      band: "siloed",
      text: {
        it: "Riunite marketing, vendite, customer service e logistica per mettere in comune ciò che sanno dei clienti e costruire un’unica immagine realistica della clientela.",
        en: "Bring marketing, sales, customer service and logistics together to pool what they know about customers and build one realistic picture of your customer base.",
      },
    },
    {
      area: "shared-understanding",
      band: "fragmented",
      text: {
        it: "Rendete lo storico del cliente accessibile a ogni sezione che lo incontra, così che nessuno debba chiedergli di ripetersi.",
        en: "Make the customer’s history available to every department that deals with them, so that nobody has to ask the customer to repeat themselves.",
      },
    },
    {
      area: "shared-understanding",
      band: "aligning",
      text: {
        it: "Confrontate con regolarità l’immagine che l’azienda ha dei clienti con ciò che dicono i clienti, usando questo stesso questionario con entrambi i gruppi.",
        en: "Regularly compare the company’s picture of its customers with what customers themselves say, using this very questionnaire with both groups.",
      },
    },
    {
      area: "shared-understanding",
      band: "integrated",
      text: {
        it: "Mantenete il livello con un’analisi continua della customer experience, perché le aspettative dei clienti sono dinamiche e fluide.",
        en: "Sustain this level with continuous analysis of the customer experience, because customer expectations are dynamic and fluid.",
      },
    },
    {
      area: "cross-functional",
      band: "siloed",
      text: {
        it: "Scegliete un customer journey che attraversa più sezioni e affidatelo a un team interdisciplinare con un obiettivo comune.",
        en: "Pick a customer journey that crosses several departments and hand it to an interdisciplinary team with a shared goal.",
      },
    },
    {
      area: "cross-functional",
      band: "fragmented",
      text: {
        it: "Affiancate ai progetti specialisti CX che portino metodi comuni e moderino le discussioni cross-funzionali.",
        en: "Support projects with CX specialists who bring shared methods and moderate cross-functional discussions.",
      },
    },
    {
      area: "cross-functional",
      band: "aligning",
      text: {
        it: "Rendete la partecipazione di team interdisciplinari una regola nello sviluppo di nuovi prodotti e servizi.",
        en: "Make interdisciplinary teams a standard part of developing new products and services.",
      },
    },
    {
      area: "cross-functional",
      band: "integrated",
      text: {
        it: "Mantenete il livello trattando anche i colleghi di altre sezioni come clienti interni, con accordi di servizio chiari.",
        en: "Sustain this level by treating colleagues in other departments as internal customers too, with clear service agreements.",
      },
    },
    {
      area: "roles-responsibilities",
      band: "siloed",
      text: {
        it: "Stabilite per ogni tipo di richiesta del cliente chi ne è responsabile dall’inizio alla fine, anche quando coinvolge più sezioni.",
        en: "For every type of customer request, decide who owns it from start to finish, even when several departments are involved.",
      },
    },
    {
      area: "roles-responsibilities",
      band: "fragmented",
      text: {
        it: "Formulate una promessa sulle prestazioni comprensibile per i clienti e fate derivare da essa ruoli e responsabilità.",
        en: "Formulate a service promise that customers can understand and derive roles and responsibilities from it.",
      },
    },
    {
      area: "roles-responsibilities",
      band: "aligning",
      text: {
        it: "Verificate che le transazioni standard e i processi chiave funzionino in modo affidabile, con un responsabile per ogni passaggio.",
        en: "Check that standard transactions and key processes run reliably, with an owner for every step.",
      },
    },
    {
      area: "roles-responsibilities",
      band: "integrated",
      text: {
        it: "Mantenete il livello rivedendo ruoli e responsabilità quando cambiano canali, processi o promessa al cliente.",
        en: "Sustain this level by revisiting roles and responsibilities whenever channels, processes or the customer promise change.",
      },
    },
    {
      area: "empowerment",
      band: "siloed",
      text: {
        it: "Stabilite quali problemi dei clienti i collaboratori possono risolvere da soli, senza autorizzazioni, e comunicatelo chiaramente.",
        en: "Decide which customer problems employees may solve on their own, without sign-off, and communicate it clearly.",
      },
    },
    {
      area: "empowerment",
      band: "fragmented",
      text: {
        it: "Preparate i collaboratori con una formazione pratica su casi reali, perché possano vivere la centralità del cliente nel lavoro di tutti i giorni.",
        en: "Prepare employees with hands-on training based on real cases, so they can live customer centricity in their everyday work.",
      },
    },
    {
      area: "empowerment",
      band: "aligning",
      text: {
        it: "Estendete la delega ai problemi complessi, creando modalità rapide di collaborazione tra sezioni diverse.",
        en: "Extend delegation to complex problems by setting up fast ways for different departments to work together.",
      },
    },
    {
      area: "empowerment",
      band: "integrated",
      text: {
        it: "Mantenete il livello inserendo la centralità del cliente nei percorsi di sviluppo dei collaboratori e dei dirigenti.",
        en: "Sustain this level by building customer centricity into the development paths of employees and managers.",
      },
    },
    {
      area: "leadership",
      band: "siloed",
      text: {
        it: "Fate in modo che la direzione guidi in prima persona il CX management e lo presenti come un cambiamento culturale, non come un progetto.",
        en: "Have senior management lead CX management personally and present it as a cultural change, not a project.",
      },
    },
    {
      area: "leadership",
      band: "fragmented",
      text: {
        it: "Traducete la centralità del cliente in obiettivi concreti per i collaboratori e inseritela nel sistema di obiettivi dell’azienda.",
        en: "Turn customer centricity into concrete objectives for employees and build it into the company’s target system.",
      },
    },
    {
      area: "leadership",
      band: "aligning",
      text: {
        it: "Proteggete gli investimenti in customer experience anche sotto pressione sui costi, collegandoli in modo esplicito ai risultati.",
        en: "Protect customer experience investment even under cost pressure by linking it explicitly to results.",
      },
    },
    {
      area: "leadership",
      band: "integrated",
      text: {
        it: "Mantenete il livello rendendo la customer experience una parte stabile dello sviluppo dei dirigenti e della cultura aziendale.",
        en: "Sustain this level by making customer experience a permanent part of management development and of the company culture.",
      },
    },
  ],
};
