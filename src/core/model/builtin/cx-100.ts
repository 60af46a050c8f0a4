import type { Model } from "../schema";

export const cx100: Model = {
  id: "cx-100",
  version: "1.0.0",
  name: { it: "CX maturity in 100 punti", en: "CX maturity in 100 points" },
  description: {
    it: "Punteggio di maturità della customer experience su 100 punti, secondo la struttura del modello Fifth Quadrant: 5 macroaree (strategia e leadership, insight e analisi, misurazioni, team e persone, tecnologia) da 20 punti ciascuna. Per ogni pratica si indica quanto è presente, da “Non presente” a “Pienamente integrato”. Utile per un confronto rapido tra aree e per seguire i progressi nel tempo con un solo numero.",
    en: "A 100-point customer experience maturity score following the structure of the Fifth Quadrant model: 5 macro-areas (strategy and leadership, insight and analysis, measurement, team and people, technology) worth 20 points each. For each practice respondents say how far it is in place, from “Not in place” to “Fully embedded”. Useful for a quick comparison between areas and for tracking progress over time with a single number.",
  },
  source: {
    citation: {
      it: "«L’impatto della customer experience maturity sul business», Filanda11: modello di CX maturity di Fifth Quadrant (5 macroaree, 20 punti per ogni sezione, punteggio fino a 100).",
      en: "“L’impatto della customer experience maturity sul business” (The business impact of customer experience maturity), Filanda11: Fifth Quadrant’s CX maturity model (5 macro-areas, 20 points per section, scores up to 100).",
    },
    authorsNote: {
      it: "Dalla fonte vengono le 5 macroaree e i punteggi (20 punti per sezione, 100 in totale). Le domande (4 per macroarea), la scala 0–4 e le fasce sono una scelta di Bussola CX: complessive sotto 40, da 40 a meno di 60, da 60 a meno di 80, da 80 a 100; per macroarea sotto 8, da 8 a meno di 12, da 12 a meno di 16, da 16 a 20. Non è il questionario originale di Fifth Quadrant.",
      en: "The 5 macro-areas and the points (20 per section, 100 in total) come from the source. The questions (4 per macro-area), the 0–4 scale and the bands are Bussola CX’s own choice: overall below 40, 40 to under 60, 60 to under 80, 80 to 100; per macro-area below 8, 8 to under 12, 12 to under 16, 16 to 20. This is not Fifth Quadrant’s original questionnaire.",
    },
  },
  estimatedMinutes: 12,
  scoring: { overall: "sum", minCompleteness: 0.6 },
  scales: [
    {
      id: "practice-0-4",
      name: {
        it: "Da Non presente a Pienamente integrato",
        en: "From Not in place to Fully embedded",
      },
      options: [
        { value: 0, label: { it: "0 · Non presente", en: "0 · Not in place" } },
        { value: 1, label: { it: "1 · Occasionale", en: "1 · Ad hoc" } },
        { value: 2, label: { it: "2 · Parziale", en: "2 · Partly in place" } },
        { value: 3, label: { it: "3 · Consolidato", en: "3 · Established" } },
        { value: 4, label: { it: "4 · Pienamente integrato", en: "4 · Fully embedded" } },
      ],
      allowNA: true,
    },
  ],
  areas: [
    {
      id: "strategy-leadership",
      name: { it: "Strategia e leadership", en: "Strategy and leadership" },
      description: {
        it: "Strategia di customer experience, promessa al cliente, responsabilità e risorse dedicate dal vertice.",
        en: "Customer experience strategy, customer promise, executive ownership and dedicated resources.",
      },
      weight: 1,
      range: { min: 0, max: 20 },
    },
    {
      id: "insight-analysis",
      name: { it: "Insight e analisi", en: "Insight and analysis" },
      description: {
        it: "Ascolto dei clienti, analisi dei dati e capacità di trasformare gli insights in decisioni.",
        en: "Customer listening, data analysis and the ability to turn insights into decisions.",
      },
      weight: 1,
      range: { min: 0, max: 20 },
    },
    {
      id: "measurement",
      name: { it: "Misurazioni", en: "Measurement" },
      description: {
        it: "Indicatori di customer experience, copertura del customer journey e collegamento con i risultati economici.",
        en: "Customer experience indicators, coverage of the customer journey and links to financial results.",
      },
      weight: 1,
      range: { min: 0, max: 20 },
    },
    {
      id: "team-people",
      name: { it: "Team e persone", en: "Team and people" },
      description: {
        it: "Formazione, autonomia, obiettivi e collaborazione tra reparti al servizio del cliente.",
        en: "Training, empowerment, objectives and cross-department collaboration in the customer’s service.",
      },
      weight: 1,
      range: { min: 0, max: 20 },
    },
    {
      id: "technology",
      name: { it: "Tecnologia", en: "Technology" },
      description: {
        it: "CRM, canali digitali e self-service, strumenti per i feedback e integrazione con i sistemi IT.",
        en: "CRM, digital and self-service channels, feedback tools and integration with the IT systems.",
      },
      weight: 1,
      range: { min: 0, max: 20 },
    },
  ],
  questions: [
    {
      id: "strat-1",
      area: "strategy-leadership",
      scale: "practice-0-4",
      text: {
        it: "Una strategia di customer experience documentata, con obiettivi approvati dal vertice.",
        en: "A documented customer experience strategy, with objectives approved by top management.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "strat-2",
      area: "strategy-leadership",
      scale: "practice-0-4",
      text: {
        it: "Un membro del top management responsabile della customer experience, che ne risponde in prima persona.",
        en: "A member of top management who owns customer experience and is personally accountable for it.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "strat-3",
      area: "strategy-leadership",
      scale: "practice-0-4",
      text: {
        it: "Un budget dedicato alla customer experience, considerata in tutte le decisioni di investimento.",
        en: "A dedicated customer experience budget, with customer experience considered in every investment decision.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "strat-4",
      area: "strategy-leadership",
      scale: "practice-0-4",
      text: {
        it: "Una promessa al cliente (che cosa vogliamo che i clienti vivano) definita e comunicata a tutta l’organizzazione.",
        en: "A customer promise (what we want customers to experience), defined and communicated across the organisation.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "insight-1",
      area: "insight-analysis",
      scale: "practice-0-4",
      text: {
        it: "Ricerche qualitative e quantitative su esigenze, aspettative e comportamenti dei clienti.",
        en: "Qualitative and quantitative research into customer needs, expectations and behaviour.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "insight-2",
      area: "insight-analysis",
      scale: "practice-0-4",
      text: {
        it: "Dati dei clienti provenienti da canali e sistemi diversi, integrati e analizzati insieme.",
        en: "Customer data from different channels and systems, integrated and analysed together.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "insight-3",
      area: "insight-analysis",
      scale: "practice-0-4",
      text: {
        it: "Analisi delle cause profonde dei problemi dei clienti e dei momenti che contano nel customer journey.",
        en: "Analysis of the root causes of customer problems and of the moments that matter in the customer journey.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "insight-4",
      area: "insight-analysis",
      scale: "practice-0-4",
      text: {
        it: "Insights sui clienti che arrivano a chi decide e si traducono in azioni di miglioramento.",
        en: "Customer insights that reach decision makers and turn into improvement actions.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "meas-1",
      area: "measurement",
      scale: "practice-0-4",
      text: {
        it: "Indicatori di customer experience (ad esempio NPS, CSAT, Customer Effort Score) rilevati con regolarità.",
        en: "Customer experience indicators (e.g. NPS, CSAT, Customer Effort Score) tracked at regular intervals.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "meas-2",
      area: "measurement",
      scale: "practice-0-4",
      text: {
        it: "Misurazioni che coprono i touchpoint e le fasi principali del customer journey, non solo la soddisfazione complessiva.",
        en: "Measurement covering the main touchpoints and stages of the customer journey, not just overall satisfaction.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "meas-3",
      area: "measurement",
      scale: "practice-0-4",
      text: {
        it: "Indicatori di customer experience collegati a risultati economici come fidelizzazione, retention e ricavi.",
        en: "Customer experience indicators linked to financial results such as loyalty, retention and revenue.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "meas-4",
      area: "measurement",
      scale: "practice-0-4",
      text: {
        it: "Risultati condivisi con i team, confrontati con obiettivi definiti e seguiti da azioni di miglioramento.",
        en: "Results shared with teams, compared with set targets and followed by improvement actions.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "team-1",
      area: "team-people",
      scale: "practice-0-4",
      text: {
        it: "Formazione dei collaboratori sulle competenze di customer experience e sui comportamenti attesi verso il cliente.",
        en: "Employee training in customer experience skills and in the behaviour expected towards customers.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "team-2",
      area: "team-people",
      scale: "practice-0-4",
      text: {
        it: "Autonomia dei collaboratori in prima linea nel risolvere i problemi dei clienti al primo contatto.",
        en: "Front-line employees empowered to solve customer problems at the first contact.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "team-3",
      area: "team-people",
      scale: "practice-0-4",
      text: {
        it: "Indicatori di customer experience negli obiettivi e negli incentivi individuali e di team.",
        en: "Customer experience indicators in individual and team objectives and incentives.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "team-4",
      area: "team-people",
      scale: "practice-0-4",
      text: {
        it: "Collaborazione tra reparti sui problemi dei clienti, oltre i confini organizzativi.",
        en: "Collaboration between departments on customer problems, across organisational boundaries.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "tech-1",
      area: "technology",
      scale: "practice-0-4",
      text: {
        it: "Un CRM o una piattaforma cliente che offre una visione unica e aggiornata di ogni cliente.",
        en: "A CRM or customer platform that provides a single, up-to-date view of each customer.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "tech-2",
      area: "technology",
      scale: "practice-0-4",
      text: {
        it: "Canali digitali e self-service per i clienti, integrati con quelli fisici.",
        en: "Digital and self-service channels for customers, integrated with the physical ones.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "tech-3",
      area: "technology",
      scale: "practice-0-4",
      text: {
        it: "Strumenti che raccolgono e analizzano automaticamente i feedback dei clienti (survey, testi liberi, recensioni).",
        en: "Tools that collect and analyse customer feedback automatically (surveys, free text, reviews).",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "tech-4",
      area: "technology",
      scale: "practice-0-4",
      text: {
        it: "Tecnologie di customer experience integrate con il resto dei sistemi IT aziendali.",
        en: "Customer experience technologies integrated with the rest of the company’s IT systems.",
      },
      weight: 1,
      reverse: false,
    },
  ],
  bands: {
    overall: [
      {
        id: "reactive",
        min: 0,
        max: 40,
        label: { it: "Reattiva", en: "Reactive" },
        description: {
          it: "La customer experience è gestita caso per caso: mancano una strategia, responsabilità chiare e misure condivise. Prima di investire in strumenti servono le basi.",
          en: "Customer experience is handled case by case: there is no strategy, no clear ownership and no shared measures. The foundations must come before any investment in tools.",
        },
        color: "#d93025",
      },
      {
        id: "developing",
        min: 40,
        max: 60,
        label: { it: "In sviluppo", en: "Developing" },
        description: {
          it: "Esistono iniziative e alcuni strumenti, ma sono ancora frammentati tra le funzioni e poco collegati ai risultati. Il passo successivo è metterli a sistema.",
          en: "There are initiatives and some tools, but they are still fragmented across functions and loosely tied to results. The next step is to bring them together into one system.",
        },
        color: "#f9ab00",
      },
      {
        id: "established",
        min: 60,
        max: 80,
        label: { it: "Strutturata", en: "Established" },
        description: {
          it: "Strategia, misure e strumenti sono in atto e coordinati nella maggior parte delle aree; restano alcuni punti deboli da portare al livello dei migliori.",
          en: "Strategy, measures and tools are in place and coordinated in most areas; a few weak spots remain to be brought up to the level of the best.",
        },
        color: "#7cb342",
      },
      {
        id: "leading",
        min: 80,
        max: 100,
        label: { it: "Avanzata", en: "Leading" },
        description: {
          it: "La customer experience è integrata in strategia, persone, dati e tecnologia e guida le decisioni. L’obiettivo è mantenere il livello e continuare a innovare.",
          en: "Customer experience is embedded in strategy, people, data and technology and drives decisions. The aim is to sustain this level and keep innovating.",
        },
        color: "#188038",
      },
    ],
    areas: [
      {
        id: "reactive",
        min: 0,
        max: 8,
        label: { it: "Reattiva", en: "Reactive" },
        description: {
          it: "Le pratiche di quest’area sono assenti o occasionali.",
          en: "The practices of this area are missing or occasional.",
        },
        color: "#d93025",
      },
      {
        id: "developing",
        min: 8,
        max: 12,
        label: { it: "In sviluppo", en: "Developing" },
        description: {
          it: "Alcune pratiche sono in atto, ma parziali o non ancora sistematiche.",
          en: "Some practices are in place, but they are partial or not yet systematic.",
        },
        color: "#f9ab00",
      },
      {
        id: "established",
        min: 12,
        max: 16,
        label: { it: "Strutturata", en: "Established" },
        description: {
          it: "Le pratiche sono consolidate e applicate con regolarità, con margini di integrazione.",
          en: "The practices are established and applied regularly, with room for closer integration.",
        },
        color: "#7cb342",
      },
      {
        id: "leading",
        min: 16,
        max: 20,
        label: { it: "Avanzata", en: "Leading" },
        description: {
          it: "Le pratiche sono pienamente integrate nel modo di lavorare dell’azienda.",
          en: "The practices are fully embedded in the way the company works.",
        },
        color: "#188038",
      },
    ],
  },
  recommendations: [
    {
      area: "strategy-leadership",
      band: "reactive",
      text: {
        it: "Definite con il vertice una promessa al cliente e tre obiettivi di customer experience per l’anno, e nominate un responsabile nel top management.",
        en: "Agree a customer promise and three customer experience objectives for the year with top management, and name an owner at executive level.",
      },
    },
    {
      area: "strategy-leadership",
      band: "developing",
      text: {
        it: "Trasformate le iniziative esistenti in una strategia scritta, con un budget dedicato e approvata dalla direzione.",
        en: "Turn the existing initiatives into a written strategy with its own budget, approved by the leadership team.",
      },
    },
    {
      area: "strategy-leadership",
      band: "established",
      text: {
        it: "Comunicate la promessa al cliente a tutta l’organizzazione e verificate che ogni funzione abbia obiettivi coerenti con essa.",
        en: "Communicate the customer promise across the organisation and check that every function has objectives consistent with it.",
      },
    },
    {
      area: "strategy-leadership",
      band: "leading",
      text: {
        it: "Mantenete il livello rivedendo ogni anno strategia e promessa al cliente alla luce dei risultati e dei cambiamenti del mercato.",
        en: "Sustain this level by reviewing the strategy and the customer promise every year in light of results and market changes.",
      },
    },
    {
      area: "insight-analysis",
      band: "reactive",
      text: {
        it: "Avviate un ascolto strutturato dei clienti (interviste, survey, analisi dei reclami) su almeno un customer journey chiave.",
        en: "Start structured customer listening (interviews, surveys, complaint analysis) on at least one key customer journey.",
      },
    },
    {
      area: "insight-analysis",
      band: "developing",
      text: {
        it: "Riunite in un unico punto i dati dei clienti dei diversi canali e analizzateli insieme, non reparto per reparto.",
        en: "Bring customer data from the different channels into one place and analyse it as a whole, not department by department.",
      },
    },
    {
      area: "insight-analysis",
      band: "established",
      text: {
        it: "Analizzate le cause profonde dei problemi ricorrenti e individuate i momenti che contano nel customer journey.",
        en: "Analyse the root causes of recurring problems and identify the moments that matter in the customer journey.",
      },
    },
    {
      area: "insight-analysis",
      band: "leading",
      text: {
        it: "Mantenete il livello portando gli insights in ogni decisione rilevante e sperimentando analisi predittive sulle esigenze dei clienti.",
        en: "Sustain this level by bringing insights into every major decision and experimenting with predictive analysis of customer needs.",
      },
    },
    {
      area: "measurement",
      band: "reactive",
      text: {
        it: "Scegliete un indicatore di customer experience (ad esempio NPS o CSAT), fissate un obiettivo e rilevatelo con regolarità.",
        en: "Choose one customer experience indicator (e.g. NPS or CSAT), set a target and track it regularly.",
      },
    },
    {
      area: "measurement",
      band: "developing",
      text: {
        it: "Estendete le misurazioni ai touchpoint principali e condividete ogni mese i risultati con i team responsabili.",
        en: "Extend measurement to the main touchpoints and share the results with the teams in charge every month.",
      },
    },
    {
      area: "measurement",
      band: "established",
      text: {
        it: "Collegate gli indicatori di customer experience a fidelizzazione, retention e ricavi per quantificarne il valore economico.",
        en: "Link customer experience indicators to loyalty, retention and revenue to quantify their financial value.",
      },
    },
    {
      area: "measurement",
      band: "leading",
      text: {
        it: "Mantenete il livello verificando periodicamente che le misure restino pertinenti e che a ogni risultato segua un’azione.",
        en: "Sustain this level by checking periodically that the measures remain relevant and that every result is followed by action.",
      },
    },
    {
      area: "team-people",
      band: "reactive",
      text: {
        it: "Formate chi è a contatto con i clienti sui comportamenti attesi e stabilite quali problemi può risolvere in autonomia.",
        en: "Train customer-facing staff in the behaviour expected of them and decide which problems they may solve on their own.",
      },
    },
    {
      area: "team-people",
      band: "developing",
      text: {
        it: "Inserite indicatori di customer experience negli obiettivi dei team e create occasioni di lavoro comune tra reparti sui problemi dei clienti.",
        en: "Add customer experience indicators to team objectives and set up opportunities for departments to work together on customer problems.",
      },
    },
    {
      area: "team-people",
      band: "established",
      text: {
        it: "Estendete formazione e obiettivi di customer experience anche alle funzioni che non incontrano i clienti.",
        en: "Extend customer experience training and objectives to the functions that never meet customers.",
      },
    },
    {
      area: "team-people",
      band: "leading",
      text: {
        it: "Mantenete il livello integrando la customer experience nella selezione, nell’inserimento e nello sviluppo dei manager.",
        en: "Sustain this level by building customer experience into recruitment, onboarding and management development.",
      },
    },
    {
      area: "technology",
      band: "reactive",
      text: {
        it: "Adottate un CRM o una piattaforma cliente condivisa che dia a tutti una visione unica di ogni cliente.",
        en: "Adopt a shared CRM or customer platform that gives everyone a single view of each customer.",
      },
    },
    {
      area: "technology",
      band: "developing",
      text: {
        it: "Introducete canali self-service per le richieste più frequenti e collegateli ai canali tradizionali.",
        en: "Introduce self-service channels for the most frequent requests and connect them to the traditional channels.",
      },
    },
    {
      area: "technology",
      band: "established",
      text: {
        it: "Automatizzate la raccolta e l’analisi dei feedback e integrate le piattaforme di customer experience con gli altri sistemi IT.",
        en: "Automate the collection and analysis of feedback and integrate the customer experience platforms with the other IT systems.",
      },
    },
    {
      area: "technology",
      band: "leading",
      text: {
        it: "Mantenete il livello con una roadmap tecnologica aggiornata ogni anno in base alle esigenze di clienti e collaboratori.",
        en: "Sustain this level with a technology roadmap updated every year according to the needs of customers and employees.",
      },
    },
  ],
};
