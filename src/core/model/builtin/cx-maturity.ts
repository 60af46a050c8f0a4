import type { Model } from "../schema";

// The seed's six management factors, used as question themes.
const leaders = { it: "Impegno dei leader", en: "Leadership commitment" };
const strategy = { it: "Strategia definita", en: "Defined strategy" };
const technology = { it: "Tecnologia aggiornata", en: "Up-to-date technology" };
const measurement = { it: "Misurazione degli sforzi", en: "Measuring the effort" };
const team = {
  it: "Capacità del team di agire sui problemi del cliente",
  en: "Team’s ability to act on customer issues",
};
const feedback = {
  it: "Raccolta e gestione dei feedback dei clienti",
  en: "Collecting and acting on customer feedback",
};

// The five maturity levels of the seed (Forrester's EBD stages), on the 1–5 scale.
const levels: Model["bands"]["overall"] = [
  {
    id: "interested",
    min: 1,
    max: 1.8,
    label: { it: "Livello 1 · Interessata", en: "Level 1 · Interested" },
    description: {
      it: "Azienda interessata, ma dedica pochi fondi e poco tempo. Spesso si fa guidare da consulenti esterni.",
      en: "The company is interested, but devotes little money and little time. It is often guided by external consultants.",
    },
    color: "#d93025",
  },
  {
    id: "invested",
    min: 1.8,
    max: 2.6,
    label: { it: "Livello 2 · Che investe", en: "Level 2 · Invested" },
    description: {
      it: "Ritengono la customer experience cruciale e iniziano a pensare di assumere un designer interno, ma rimane isolato.",
      en: "They consider customer experience crucial and start thinking about hiring an in-house designer, who however remains isolated.",
    },
    color: "#f57c00",
  },
  {
    id: "committed",
    min: 2.6,
    max: 3.4,
    label: { it: "Livello 3 · Impegnata", en: "Level 3 · Committed" },
    description: {
      it: "Il design scende a un livello di profondità maggiore e inizia a interagire con i decision maker.",
      en: "Design goes a level deeper and begins to interact with the decision makers.",
    },
    color: "#f9ab00",
  },
  {
    id: "engaged",
    min: 3.4,
    max: 4.2,
    label: { it: "Livello 4 · Coinvolta", en: "Level 4 · Engaged" },
    description: {
      it: "La customer experience design è una componente fondamentale della strategia dell’azienda, vengono dedicati budget importanti.",
      en: "Customer experience design is a fundamental part of the company’s strategy, and substantial budgets are devoted to it.",
    },
    color: "#7cb342",
  },
  {
    id: "embedded",
    min: 4.2,
    max: 5,
    label: { it: "Livello 5 · Radicata", en: "Level 5 · Embedded" },
    description: {
      it: "La customer experience diventa il mindset di tutti. Le grandi aziende hanno questo livello di maturità.",
      en: "Customer experience becomes everyone’s mindset. Large companies have this level of maturity.",
    },
    color: "#188038",
  },
];

export const cxMaturity: Model = {
  id: "cx-maturity",
  version: "1.0.0",
  name: { it: "Maturità della customer experience", en: "Customer experience maturity" },
  description: {
    it: "Valuta la maturità dell’azienda nella gestione della customer experience in 7 macroaree, su una scala da Principiante a Esperto. Il risultato colloca l’azienda in uno dei 5 livelli di maturità (gli stadi EBD di Forrester) e mostra le macroaree su cui intervenire per prime. È il punto di partenza indicato dalla fonte: un assessment da cui costruire un piano d’azione pratico e misurabile.",
    en: "Assesses how mature the company is at managing customer experience across 7 macro-areas, on a scale from Beginner to Expert. The result places the company at one of 5 maturity levels (Forrester’s EBD stages) and shows which macro-areas to work on first. It is the starting point the source recommends: an assessment from which to build a practical, measurable action plan.",
  },
  source: {
    citation: {
      it: "«L’impatto della customer experience maturity sul business», Filanda11. Macroaree, scala da “Beginner” a “Esperto”, fattori di gestione e 5 livelli di maturità dal report Forrester “Five stages of EBD maturity”.",
      en: "“L’impatto della customer experience maturity sul business” (The business impact of customer experience maturity), Filanda11. Macro-areas, Beginner-to-Expert scale, management factors and the 5 maturity levels from Forrester’s “Five stages of EBD maturity” report.",
    },
    authorsNote: {
      it: "La fonte non indica soglie numeriche né domande: le soglie dei livelli (intervalli di uguale ampiezza: 1–1,8–2,6–3,4–4,2–5) e le 4 domande per macroarea sono una scelta di Bussola CX. I livelli, le loro descrizioni, le macroaree e i fattori di gestione usati come temi sono quelli della fonte.",
      en: "The source gives no numeric cut-offs and no questions: the level cut-offs (equal-width intervals: 1–1.8–2.6–3.4–4.2–5) and the 4 questions per macro-area are Bussola CX’s own choice. The levels and their descriptions, the macro-areas and the management factors used as themes come from the source.",
    },
  },
  estimatedMinutes: 15,
  scoring: { overall: "weightedMean", minCompleteness: 0.6 },
  scales: [
    {
      id: "maturity-1-5",
      name: { it: "Da Principiante a Esperto", en: "From Beginner to Expert" },
      options: [
        { value: 1, label: { it: "1 · Principiante", en: "1 · Beginner" } },
        { value: 2, label: { it: "2 · In sviluppo", en: "2 · Developing" } },
        { value: 3, label: { it: "3 · Intermedio", en: "3 · Intermediate" } },
        { value: 4, label: { it: "4 · Avanzato", en: "4 · Advanced" } },
        { value: 5, label: { it: "5 · Esperto", en: "5 · Expert" } },
      ],
      allowNA: true,
    },
  ],
  areas: [
    {
      id: "leadership-strategy",
      name: { it: "Leadership e strategia", en: "Leadership and strategy" },
      description: {
        it: "Quanto i vertici sono impegnati a rendere l’azienda customer-centric e quanto la strategia di customer experience è definita e sostenuta da risorse.",
        en: "How committed senior leaders are to making the company customer-centric, and how well defined and resourced the customer experience strategy is.",
      },
      weight: 1,
      range: { min: 1, max: 5 },
    },
    {
      id: "people-teams",
      name: { it: "Persone e teams", en: "People and teams" },
      description: {
        it: "Quanto le persone sanno quale ruolo hanno nell’esperienza del cliente e hanno capacità, autonomia e obiettivi per agire sui suoi problemi.",
        en: "How well people know their part in the customer experience and have the skills, authority and goals to act on customers’ problems.",
      },
      weight: 1,
      range: { min: 1, max: 5 },
    },
    {
      id: "culture",
      name: { it: "Cultura", en: "Culture" },
      description: {
        it: "Quanto il mindset customer-centric è condiviso da tutti e i nuovi comportamenti sono diventati la normalità.",
        en: "How widely the customer-centric mindset is shared and how far the new behaviours have become the norm.",
      },
      weight: 1,
      range: { min: 1, max: 5 },
    },
    {
      id: "cx-design-processes",
      name: {
        it: "Customer experience design e processi",
        en: "Customer experience design and processes",
      },
      description: {
        it: "Come vengono progettati journey, touchpoint e nuove esperienze e quanto i processi sono coordinati e applicati in modo coerente.",
        en: "How journeys, touchpoints and new experiences are designed, and how well processes are coordinated and applied consistently.",
      },
      weight: 1,
      range: { min: 1, max: 5 },
    },
    {
      id: "technology",
      name: { it: "Tecnologia", en: "Technology" },
      description: {
        it: "Quanto sono aggiornate e integrate le tecnologie usate per servire i clienti, dai portali self-service alle piattaforme multicanale.",
        en: "How up to date and integrated the technology used to serve customers is, from self-service portals to multichannel platforms.",
      },
      weight: 1,
      range: { min: 1, max: 5 },
    },
    {
      id: "data-insights",
      name: {
        it: "Raccolta e uso di dati e insights",
        en: "Collecting and using data and insights",
      },
      description: {
        it: "Come vengono raccolti e affrontati i feedback dei clienti e quanto dati e insights si traducono in azioni.",
        en: "How customer feedback is collected and acted on, and how far data and insights turn into action.",
      },
      weight: 1,
      range: { min: 1, max: 5 },
    },
    {
      id: "cx-measurement",
      name: {
        it: "Misurazioni della customer experience",
        en: "Customer experience measurement",
      },
      description: {
        it: "Come vengono misurati l’esperienza dei clienti e gli sforzi fatti, e quanto le misure sono collegate ai risultati di business.",
        en: "How the customer experience and the effort put into it are measured, and how closely the measures are tied to business results.",
      },
      weight: 1,
      range: { min: 1, max: 5 },
    },
  ],
  questions: [
    {
      id: "lead-1",
      area: "leadership-strategy",
      scale: "maturity-1-5",
      text: {
        it: "I vertici aziendali sono personalmente impegnati a rendere l’azienda customer-centric e ne fanno una priorità visibile.",
        en: "Senior leaders are personally committed to making the company customer-centric and make it a visible priority.",
      },
      weight: 1,
      reverse: false,
      theme: leaders,
    },
    {
      id: "lead-2",
      area: "leadership-strategy",
      scale: "maturity-1-5",
      text: {
        it: "Esiste una strategia di customer experience definita, scritta e collegata agli obiettivi di business.",
        en: "There is a defined, written customer experience strategy linked to the business objectives.",
      },
      weight: 1,
      reverse: false,
      theme: strategy,
    },
    {
      id: "lead-3",
      area: "leadership-strategy",
      scale: "maturity-1-5",
      text: {
        it: "La strategia di customer experience dispone di budget, tempo e responsabili dedicati.",
        en: "The customer experience strategy has its own budget, time and owners.",
      },
      weight: 1,
      reverse: false,
      theme: strategy,
    },
    {
      id: "lead-4",
      area: "leadership-strategy",
      scale: "maturity-1-5",
      text: {
        it: "Le decisioni del management tengono conto in modo esplicito del loro impatto sui clienti.",
        en: "Management decisions explicitly take their impact on customers into account.",
      },
      weight: 1,
      reverse: false,
      theme: leaders,
    },
    {
      id: "people-1",
      area: "people-teams",
      scale: "maturity-1-5",
      text: {
        it: "I collaboratori a contatto con i clienti hanno l’autonomia e le competenze per risolvere i loro problemi senza continui passaggi di mano.",
        en: "Customer-facing employees have the authority and the skills to solve customers’ problems without repeated hand-offs.",
      },
      weight: 1,
      reverse: false,
      theme: team,
    },
    {
      id: "people-2",
      area: "people-teams",
      scale: "maturity-1-5",
      text: {
        it: "Ogni dipendente sa quale ruolo gioca nell’esperienza del cliente e dispone di linee guida precise su come comportarsi nella gestione del cliente.",
        en: "Every employee knows the part they play in the customer experience and has clear guidelines on how to behave when dealing with customers.",
      },
      weight: 1,
      reverse: false,
      theme: team,
    },
    {
      id: "people-3",
      area: "people-teams",
      scale: "maturity-1-5",
      text: {
        it: "I responsabili dei team sostengono e riconoscono i comportamenti orientati al cliente dei loro collaboratori.",
        en: "Team leaders support and recognise customer-oriented behaviour in their people.",
      },
      weight: 1,
      reverse: false,
      theme: leaders,
    },
    {
      id: "people-4",
      area: "people-teams",
      scale: "maturity-1-5",
      text: {
        it: "Gli obiettivi individuali e di team includono indicatori di customer experience.",
        en: "Individual and team objectives include customer experience indicators.",
      },
      weight: 1,
      reverse: false,
      theme: measurement,
    },
    {
      id: "culture-1",
      area: "culture",
      scale: "maturity-1-5",
      text: {
        it: "Il mindset customer-centric è condiviso da tutti i dipendenti, anche da chi non è a contatto diretto con i clienti.",
        en: "The customer-centric mindset is shared by every employee, including those with no direct customer contact.",
      },
      weight: 1,
      reverse: false,
      theme: team,
    },
    {
      id: "culture-2",
      area: "culture",
      scale: "maturity-1-5",
      text: {
        it: "I comportamenti orientati al cliente sono diventati la normalità e tutte le funzioni remano verso un obiettivo unico.",
        en: "Customer-oriented behaviours have become the norm and every function pulls towards one shared goal.",
      },
      weight: 1,
      reverse: false,
      theme: strategy,
    },
    {
      id: "culture-3",
      area: "culture",
      scale: "maturity-1-5",
      text: {
        it: "I leader danno l’esempio: parlano regolarmente dei clienti e partecipano in prima persona al contatto con loro.",
        en: "Leaders set the example: they talk about customers regularly and take part in customer contact themselves.",
      },
      weight: 1,
      reverse: false,
      theme: leaders,
    },
    {
      id: "culture-4",
      area: "culture",
      scale: "maturity-1-5",
      text: {
        it: "Le storie e i feedback dei clienti vengono condivisi regolarmente in tutta l’azienda.",
        en: "Customer stories and feedback are shared regularly across the company.",
      },
      weight: 1,
      reverse: false,
      theme: feedback,
    },
    {
      id: "design-1",
      area: "cx-design-processes",
      scale: "maturity-1-5",
      text: {
        it: "Le nuove esperienze e i nuovi servizi vengono progettati a partire dai feedback dei clienti.",
        en: "New experiences and services are designed starting from customer feedback.",
      },
      weight: 1,
      reverse: false,
      theme: feedback,
    },
    {
      id: "design-2",
      area: "cx-design-processes",
      scale: "maturity-1-5",
      text: {
        it: "I customer journey principali sono mappati e ogni touchpoint ha un responsabile.",
        en: "The main customer journeys are mapped and every touchpoint has an owner.",
      },
      weight: 1,
      reverse: false,
      theme: strategy,
    },
    {
      id: "design-3",
      area: "cx-design-processes",
      scale: "maturity-1-5",
      text: {
        it: "Un processo ben bilanciato coordina le iniziative di customer experience e fa in modo che siano applicate in modo coerente in tutta l’organizzazione.",
        en: "A well-balanced process coordinates customer experience initiatives and makes sure they are applied consistently across the organisation.",
      },
      weight: 1,
      reverse: false,
      theme: team,
    },
    {
      id: "design-4",
      area: "cx-design-processes",
      scale: "maturity-1-5",
      text: {
        it: "Il customer experience design coinvolge i decision maker e influenza le scelte strategiche.",
        en: "Customer experience design involves the decision makers and shapes strategic choices.",
      },
      weight: 1,
      reverse: false,
      theme: leaders,
    },
    {
      id: "tech-1",
      area: "technology",
      scale: "maturity-1-5",
      text: {
        it: "Le tecnologie usate per servire i clienti (CRM, contact center, siti e app) sono aggiornate e adeguate.",
        en: "The technology used to serve customers (CRM, contact centre, websites and apps) is up to date and fit for purpose.",
      },
      weight: 1,
      reverse: false,
      theme: technology,
    },
    {
      id: "tech-2",
      area: "technology",
      scale: "maturity-1-5",
      text: {
        it: "I clienti possono usare portali self-service e piattaforme multicanale per interagire con l’azienda.",
        en: "Customers can use self-service portals and multichannel platforms to interact with the company.",
      },
      weight: 1,
      reverse: false,
      theme: technology,
    },
    {
      id: "tech-3",
      area: "technology",
      scale: "maturity-1-5",
      text: {
        it: "Le tecnologie per l’esperienza dei clienti sono integrate con il sistema IT aziendale nel suo complesso.",
        en: "Customer experience technologies are integrated with the company’s IT system as a whole.",
      },
      weight: 1,
      reverse: false,
      theme: technology,
    },
    {
      id: "tech-4",
      area: "technology",
      scale: "maturity-1-5",
      text: {
        it: "I collaboratori dispongono di strumenti che mostrano lo storico del cliente e permettono di risolvere rapidamente i suoi problemi.",
        en: "Employees have tools that show the customer’s history and let them solve the customer’s problems quickly.",
      },
      weight: 1,
      reverse: false,
      theme: team,
    },
    {
      id: "data-1",
      area: "data-insights",
      scale: "maturity-1-5",
      text: {
        it: "I feedback dei clienti vengono raccolti in modo sistematico su tutti i canali e i touchpoint principali.",
        en: "Customer feedback is collected systematically across all the main channels and touchpoints.",
      },
      weight: 1,
      reverse: false,
      theme: feedback,
    },
    {
      id: "data-2",
      area: "data-insights",
      scale: "maturity-1-5",
      text: {
        it: "Ogni feedback negativo riceve una risposta e viene analizzato per eliminarne la causa.",
        en: "Every piece of negative feedback gets a response and is analysed to remove its cause.",
      },
      weight: 1,
      reverse: false,
      theme: feedback,
    },
    {
      id: "data-3",
      area: "data-insights",
      scale: "maturity-1-5",
      text: {
        it: "I dati sui clienti provenienti da fonti diverse sono integrati in una visione unica del cliente.",
        en: "Customer data from different sources is brought together into a single customer view.",
      },
      weight: 1,
      reverse: false,
      theme: technology,
    },
    {
      id: "data-4",
      area: "data-insights",
      scale: "maturity-1-5",
      text: {
        it: "Gli insights sui clienti arrivano ai team che possono agire e si traducono in azioni concrete.",
        en: "Customer insights reach the teams able to act on them and turn into concrete actions.",
      },
      weight: 1,
      reverse: false,
      theme: team,
    },
    {
      id: "meas-1",
      area: "cx-measurement",
      scale: "maturity-1-5",
      text: {
        it: "La customer experience viene misurata con indicatori definiti (ad esempio NPS, CSAT, Customer Effort Score) rilevati con regolarità.",
        en: "Customer experience is measured with defined indicators (e.g. NPS, CSAT, Customer Effort Score) tracked at regular intervals.",
      },
      weight: 1,
      reverse: false,
      theme: measurement,
    },
    {
      id: "meas-2",
      area: "cx-measurement",
      scale: "maturity-1-5",
      text: {
        it: "Gli indicatori di customer experience sono collegati ai risultati di business: loyalty, retention, advocacy e ricavi.",
        en: "Customer experience indicators are linked to business results: loyalty, retention, advocacy and revenue.",
      },
      weight: 1,
      reverse: false,
      theme: measurement,
    },
    {
      id: "meas-3",
      area: "cx-measurement",
      scale: "maturity-1-5",
      text: {
        it: "I risultati delle iniziative di customer experience vengono misurati rispetto a obiettivi chiari e misurabili.",
        en: "The results of customer experience initiatives are measured against clear, measurable targets.",
      },
      weight: 1,
      reverse: false,
      theme: measurement,
    },
    {
      id: "meas-4",
      area: "cx-measurement",
      scale: "maturity-1-5",
      text: {
        it: "Il management discute regolarmente i risultati delle misurazioni e li usa per decidere le priorità di investimento.",
        en: "Management reviews measurement results regularly and uses them to set investment priorities.",
      },
      weight: 1,
      reverse: false,
      theme: leaders,
    },
  ],
  bands: { overall: levels, areas: levels },
  recommendations: [
    {
      area: "leadership-strategy",
      band: "interested",
      text: {
        it: "Nominate uno sponsor nel top management e dedicate alla customer experience un primo budget e tempo definito, con un obiettivo misurabile per i prossimi sei mesi.",
        en: "Appoint a sponsor in top management and give customer experience an initial budget and dedicated time, with one measurable goal for the next six months.",
      },
    },
    {
      area: "leadership-strategy",
      band: "invested",
      text: {
        it: "Scrivete una strategia di customer experience collegata agli obiettivi di business e fatela approvare dal comitato di direzione.",
        en: "Write a customer experience strategy linked to the business objectives and have the executive committee approve it.",
      },
    },
    {
      area: "leadership-strategy",
      band: "committed",
      text: {
        it: "Inserite la customer experience nell’agenda fissa del comitato di direzione e valutate ogni decisione rilevante anche per il suo impatto sui clienti.",
        en: "Put customer experience on the executive committee’s standing agenda and assess every major decision for its impact on customers.",
      },
    },
    {
      area: "leadership-strategy",
      band: "engaged",
      text: {
        it: "Collegate budget e piani annuali alle priorità della strategia di customer experience e rendete ogni leader responsabile dei risultati nella sua area.",
        en: "Tie budgets and annual plans to the priorities of the customer experience strategy and hold each leader accountable for the results in their area.",
      },
    },
    {
      area: "leadership-strategy",
      band: "embedded",
      text: {
        it: "Mantenete il livello rivedendo ogni anno la strategia alla luce dei feedback dei clienti e coinvolgendo i nuovi leader fin dal loro ingresso.",
        en: "Sustain this level by reviewing the strategy every year against customer feedback and bringing new leaders on board from their first day.",
      },
    },
    {
      area: "people-teams",
      band: "interested",
      text: {
        it: "Scrivete linee guida semplici su come comportarsi nella gestione del cliente e presentatele a tutti i team, a partire da quelli in prima linea.",
        en: "Write simple guidelines on how to behave with customers and present them to every team, starting with the front line.",
      },
    },
    {
      area: "people-teams",
      band: "invested",
      text: {
        it: "Definite quali problemi dei clienti i collaboratori in prima linea possono risolvere da soli e formateli a farlo.",
        en: "Define which customer problems front-line employees may solve on their own and train them to do so.",
      },
    },
    {
      area: "people-teams",
      band: "committed",
      text: {
        it: "Inserite un indicatore di customer experience negli obiettivi di ogni team e affidate a una persona il coordinamento delle iniziative tra i reparti.",
        en: "Add a customer experience indicator to every team’s objectives and give one person the job of coordinating initiatives across departments.",
      },
    },
    {
      area: "people-teams",
      band: "engaged",
      text: {
        it: "Estendete formazione e autonomia decisionale anche ai team che non incontrano i clienti, mostrando come il loro lavoro incide sull’esperienza.",
        en: "Extend training and decision-making authority to teams that never meet customers, showing how their work shapes the experience.",
      },
    },
    {
      area: "people-teams",
      band: "embedded",
      text: {
        it: "Mantenete il livello inserendo la centralità del cliente nei criteri di selezione, nei percorsi di inserimento e nelle valutazioni annuali.",
        en: "Sustain this level by building customer centricity into hiring criteria, onboarding and annual reviews.",
      },
    },
    {
      area: "culture",
      band: "interested",
      text: {
        it: "Condividete ogni mese con tutta l’azienda alcune storie reali di clienti, positive e negative, e ciò che se ne è imparato.",
        en: "Share a few real customer stories, good and bad, with the whole company every month, together with what was learned from them.",
      },
    },
    {
      area: "culture",
      band: "invested",
      text: {
        it: "Chiedete ai leader di passare del tempo con i clienti o in prima linea ogni trimestre e di raccontare ai team cosa hanno visto.",
        en: "Ask leaders to spend time with customers or on the front line every quarter and to tell their teams what they saw.",
      },
    },
    {
      area: "culture",
      band: "committed",
      text: {
        it: "Scegliete due o tre comportamenti customer-centric concreti e fateli diventare abitudine con esempi, riconoscimenti e verifiche periodiche.",
        en: "Choose two or three concrete customer-centric behaviours and turn them into habits through examples, recognition and regular check-ins.",
      },
    },
    {
      area: "culture",
      band: "engaged",
      text: {
        it: "Coinvolgete anche le funzioni di back office in iniziative comuni sui clienti, perché tutti remino verso lo stesso obiettivo.",
        en: "Bring back-office functions into joint customer initiatives too, so that everyone pulls towards the same goal.",
      },
    },
    {
      area: "culture",
      band: "embedded",
      text: {
        it: "Mantenete il livello riconoscendo pubblicamente i comportamenti esemplari e verificando con un’indagine periodica che il mindset resti condiviso.",
        en: "Sustain this level by publicly recognising exemplary behaviour and checking with a regular survey that the mindset is still shared.",
      },
    },
    {
      area: "cx-design-processes",
      band: "interested",
      text: {
        it: "Mappate un customer journey critico insieme alle persone che ci lavorano e individuate i tre punti di attrito più gravi da eliminare.",
        en: "Map one critical customer journey together with the people who work on it and pick the three worst friction points to remove.",
      },
    },
    {
      area: "cx-design-processes",
      band: "invested",
      text: {
        it: "Assegnate un responsabile a ogni touchpoint principale e date al designer interno un mandato che attraversi i reparti.",
        en: "Give every main touchpoint an owner and give the in-house designer a mandate that cuts across departments.",
      },
    },
    {
      area: "cx-design-processes",
      band: "committed",
      text: {
        it: "Portate il lavoro di design davanti ai decision maker e rendete obbligatoria la verifica con i clienti prima di lanciare nuovi servizi.",
        en: "Take design work to the decision makers and make testing with customers mandatory before any new service is launched.",
      },
    },
    {
      area: "cx-design-processes",
      band: "engaged",
      text: {
        it: "Adottate un unico processo di progettazione e coordinamento, ben bilanciato, che tutte le unità applichino in modo coerente.",
        en: "Adopt a single, well-balanced design and coordination process that every unit applies consistently.",
      },
    },
    {
      area: "cx-design-processes",
      band: "embedded",
      text: {
        it: "Mantenete il livello riprogettando periodicamente i journey sulla base dei feedback e condividendo i casi di successo tra le unità.",
        en: "Sustain this level by redesigning journeys regularly based on feedback and sharing success stories between units.",
      },
    },
    {
      area: "technology",
      band: "interested",
      text: {
        it: "Fate un inventario degli strumenti usati per servire i clienti e individuate le lacune che creano più problemi a clienti e collaboratori.",
        en: "Take stock of the tools used to serve customers and identify the gaps that cause the most trouble for customers and employees.",
      },
    },
    {
      area: "technology",
      band: "invested",
      text: {
        it: "Introducete o consolidate un CRM condiviso tra vendite, assistenza e marketing, così che tutti vedano lo storico del cliente.",
        en: "Introduce or consolidate a CRM shared by sales, service and marketing, so that everyone can see the customer’s history.",
      },
    },
    {
      area: "technology",
      band: "committed",
      text: {
        it: "Offrite ai clienti un canale self-service per le richieste più frequenti e collegatelo ai canali tradizionali.",
        en: "Give customers a self-service channel for the most frequent requests and connect it to the traditional channels.",
      },
    },
    {
      area: "technology",
      band: "engaged",
      text: {
        it: "Integrate le piattaforme di customer experience con il resto dei sistemi IT, eliminando doppie registrazioni e passaggi manuali.",
        en: "Integrate the customer experience platforms with the rest of the IT systems, removing double entry and manual hand-offs.",
      },
    },
    {
      area: "technology",
      band: "embedded",
      text: {
        it: "Mantenete il livello con una roadmap tecnologica rivista ogni anno in base alle esigenze dei clienti e dei collaboratori.",
        en: "Sustain this level with a technology roadmap reviewed every year against the needs of customers and employees.",
      },
    },
    {
      area: "data-insights",
      band: "interested",
      text: {
        it: "Raccogliete i feedback dei clienti in un unico punto e rispondete a ogni reclamo entro un tempo stabilito.",
        en: "Collect customer feedback in one place and answer every complaint within a set time.",
      },
    },
    {
      area: "data-insights",
      band: "invested",
      text: {
        it: "Estendete la raccolta dei feedback ai touchpoint principali e analizzate ogni mese le cause dei feedback negativi.",
        en: "Extend feedback collection to the main touchpoints and analyse the causes of negative feedback every month.",
      },
    },
    {
      area: "data-insights",
      band: "committed",
      text: {
        it: "Unite i dati dei clienti delle diverse fonti in una visione unica e condividete gli insights con i team che possono agire.",
        en: "Bring customer data from the different sources into a single view and share the insights with the teams who can act on them.",
      },
    },
    {
      area: "data-insights",
      band: "engaged",
      text: {
        it: "Chiudete il ciclo: per ogni insight rilevante definite un’azione e un responsabile, e comunicate ai clienti che cosa è cambiato.",
        en: "Close the loop: give every relevant insight an action and an owner, and tell customers what has changed.",
      },
    },
    {
      area: "data-insights",
      band: "embedded",
      text: {
        it: "Mantenete il livello usando gli insights anche per anticipare le esigenze dei clienti e progettare nuove esperienze.",
        en: "Sustain this level by also using insights to anticipate customer needs and design new experiences.",
      },
    },
    {
      area: "cx-measurement",
      band: "interested",
      text: {
        it: "Scegliete uno o due indicatori di customer experience (ad esempio NPS o CSAT) e cominciate a rilevarli con regolarità.",
        en: "Pick one or two customer experience indicators (e.g. NPS or CSAT) and start tracking them regularly.",
      },
    },
    {
      area: "cx-measurement",
      band: "invested",
      text: {
        it: "Fissate obiettivi chiari e misurabili per gli indicatori scelti e presentate i risultati al management ogni trimestre.",
        en: "Set clear, measurable targets for the chosen indicators and present the results to management every quarter.",
      },
    },
    {
      area: "cx-measurement",
      band: "committed",
      text: {
        it: "Misurate l’esperienza nei touchpoint chiave del customer journey, non solo la soddisfazione complessiva.",
        en: "Measure the experience at the key touchpoints of the customer journey, not just overall satisfaction.",
      },
    },
    {
      area: "cx-measurement",
      band: "engaged",
      text: {
        it: "Collegate gli indicatori di customer experience a loyalty, retention, advocacy e ricavi per dimostrare il ritorno degli investimenti.",
        en: "Link customer experience indicators to loyalty, retention, advocacy and revenue to demonstrate the return on investment.",
      },
    },
    {
      area: "cx-measurement",
      band: "embedded",
      text: {
        it: "Mantenete il livello rivedendo periodicamente il sistema di misura e usandolo per decidere le priorità di investimento.",
        en: "Sustain this level by reviewing the measurement system periodically and using it to set investment priorities.",
      },
    },
  ],
};
