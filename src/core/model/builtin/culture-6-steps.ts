import type { Model } from "../schema";

// Marks the questions that come from the second source's requirements.
const requirement = {
  it: "Requisito per la Customer Centricity",
  en: "Customer centricity requirement",
};

export const culture6Steps: Model = {
  id: "culture-6-steps",
  version: "1.0.0",
  name: {
    it: "Cultura customer centric in 6 passaggi",
    en: "Customer-centric culture in 6 steps",
  },
  description: {
    it: "Valuta a che punto è l’azienda nei 6 passaggi per creare una cultura basata sulla centralità del cliente: visione, coinvolgimento e co-progettazione, informazione, formazione e sostegno, processi, misurazione e condivisione dei risultati, premi e riconoscimenti. Include i requisiti per adottare un modello orientato alla Customer Centricity: uno spostamento del focus che interessa ogni reparto, tecnologie abilitanti e una risposta “umana” al cliente. Adatto quando l’obiettivo è un cambiamento culturale; rende al meglio se risponde personale di funzioni e livelli diversi.",
    en: "Assesses where the company stands on the 6 steps to build a culture centred on the customer: vision, involvement and co-design, informing, training and supporting, processes, measuring and sharing results, rewarding and recognising. It also covers the requirements for adopting a customer-centric model: a shift of focus that reaches every department, enabling technology and a “human” answer to customers. Suited to engagements aimed at culture change; works best with respondents from different functions and levels.",
  },
  source: {
    citation: {
      it: "Articolo a cura di Daniela Cottone, S.A. Studio Santagostino, sui 6 passaggi per creare una cultura basata sulla centralità del cliente (fonti: HBR, “6 Ways to Build a Customer-Centric Culture” di Denise Lee Yohn; CX Journey©, “Building a Customer Centric Culture” di Annette Franz). Requisiti per l’adozione di un modello orientato alla Customer Centricity: blog di Nosco.",
      en: "Article by Daniela Cottone, S.A. Studio Santagostino, on the 6 steps to build a customer-centric culture (sources: HBR, “6 Ways to Build a Customer-Centric Culture” by Denise Lee Yohn; CX Journey©, “Building a Customer Centric Culture” by Annette Franz). Requirements for adopting a customer-centric model: Nosco blog.",
    },
    authorsNote: {
      it: "I 6 passaggi vengono dall’articolo di S.A. Studio Santagostino e i tre requisiti dal blog di Nosco. Le domande, la scala di accordo e le fasce (da 1 a meno di 2, da 2 a meno di 3, da 3 a meno di 4, da 4 a 5) sono una scelta di Bussola CX. Le domande formulate in negativo contano al contrario.",
      en: "The 6 steps come from the S.A. Studio Santagostino article and the three requirements from the Nosco blog. The questions, the agreement scale and the bands (1 to under 2, 2 to under 3, 3 to under 4, 4 to 5) are Bussola CX’s own choice. Negatively worded questions are reverse-scored.",
    },
  },
  estimatedMinutes: 12,
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
      id: "vision",
      name: { it: "Visione della customer centricity", en: "Customer centricity vision" },
      description: {
        it: "Se l’azienda ha definito la propria visione della customer centricity in base a strategia di business, valori del brand ed esigenze delle buyer personas, e se la vive come impegno di tutti i reparti.",
        en: "Whether the company has defined its customer centricity vision from its business strategy, brand values and buyer personas’ needs, and treats it as a commitment of every department.",
      },
      weight: 1,
      range: { min: 1, max: 5 },
    },
    {
      id: "involve-co-design",
      name: { it: "Coinvolgere e co-progettare", en: "Involve and co-design" },
      description: {
        it: "Se le funzioni e i ruoli che dovranno mettere in atto la visione sono coinvolti sin dall’inizio, anche tramite un team polifunzionale.",
        en: "Whether the functions and roles that will put the vision into practice are involved from the start, including through a cross-functional team.",
      },
      weight: 1,
      range: { min: 1, max: 5 },
    },
    {
      id: "inform-train-support",
      name: { it: "Informare, formare & sostenere", en: "Inform, train & support" },
      description: {
        it: "Se tutta l’organizzazione conosce la strategia, è formata sui nuovi comportamenti ed è sostenuta nel tempo con coaching e feedback, curando il benessere del “cliente interno”.",
        en: "Whether the whole organisation knows the strategy, is trained in the new behaviours and is supported over time with coaching and feedback, looking after the well-being of the “internal customer”.",
      },
      weight: 1,
      range: { min: 1, max: 5 },
    },
    {
      id: "processes",
      name: { it: "Lavorare sui processi", en: "Work on processes" },
      description: {
        it: "Se i processi aziendali rispettano i requisiti della customer centricity, sono migliorati con il contributo delle persone e dispongono delle tecnologie abilitanti.",
        en: "Whether business processes meet the requirements of customer centricity, are improved with people’s input and have the enabling technology they need.",
      },
      weight: 1,
      range: { min: 1, max: 5 },
    },
    {
      id: "measure-share",
      name: { it: "Misurare e condividere i risultati", en: "Measure and share results" },
      description: {
        it: "Se dati qualitativi e quantitativi vengono misurati e condivisi, e se il collegamento tra cultura, comportamenti, impatto sul cliente e risultati è monitorato.",
        en: "Whether qualitative and quantitative data is measured and shared, and whether the link between culture, behaviours, customer impact and results is monitored.",
      },
      weight: 1,
      range: { min: 1, max: 5 },
    },
    {
      id: "reward-recognise",
      name: { it: "Premiare e valorizzare", en: "Reward and recognise" },
      description: {
        it: "Se obiettivi, valutazioni e incentivi sono collegati alla customer centricity e i comportamenti di eccellenza sono riconosciuti pubblicamente.",
        en: "Whether objectives, appraisals and incentives are linked to customer centricity and outstanding behaviour is publicly recognised.",
      },
      weight: 1,
      range: { min: 1, max: 5 },
    },
  ],
  questions: [
    {
      id: "vision-1",
      area: "vision",
      scale: "agreement-1-5",
      text: {
        it: "L’azienda ha definito in modo esplicito la propria visione della customer centricity.",
        en: "The company has explicitly defined its vision of customer centricity.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "vision-2",
      area: "vision",
      scale: "agreement-1-5",
      text: {
        it: "La visione della customer centricity si basa sulla strategia di business, sui valori del brand e sulle esigenze delle buyer personas strategiche per l’azienda.",
        en: "The customer centricity vision is grounded in the business strategy, the brand’s values and the needs of the company’s strategic buyer personas.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "vision-3",
      area: "vision",
      scale: "agreement-1-5",
      text: {
        it: "Lo spostamento del focus dal prodotto/servizio al cliente è un impegno collettivo che interessa ogni reparto, non solo marketing e customer service.",
        en: "The shift of focus from the product/service to the customer is a collective commitment that involves every department, not just marketing and customer service.",
      },
      weight: 1,
      reverse: false,
      theme: requirement,
    },
    {
      id: "vision-4",
      area: "vision",
      scale: "agreement-1-5",
      text: {
        it: "In azienda la customer centricity è più uno slogan che un criterio concreto per prendere decisioni.",
        en: "In our company customer centricity is more a slogan than a real yardstick for decisions.",
      },
      weight: 1,
      reverse: true,
    },
    {
      id: "involve-1",
      area: "involve-co-design",
      scale: "agreement-1-5",
      text: {
        it: "Le funzioni e i ruoli che devono mettere in atto la visione sono stati coinvolti sin dall’inizio nella sua definizione.",
        en: "The functions and roles that have to put the vision into practice were involved in defining it from the very start.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "involve-2",
      area: "involve-co-design",
      scale: "agreement-1-5",
      text: {
        it: "Un team polifunzionale lavora periodicamente sullo sviluppo della customer centricity.",
        en: "A cross-functional team works regularly on developing customer centricity.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "involve-3",
      area: "involve-co-design",
      scale: "agreement-1-5",
      text: {
        it: "Chi lavora a contatto con i clienti può proporre e co-progettare miglioramenti.",
        en: "People who work with customers can propose and co-design improvements.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "train-1",
      area: "inform-train-support",
      scale: "agreement-1-5",
      text: {
        it: "Tutta l’organizzazione conosce la strategia di customer centricity e ognuno è consapevole dell’impatto che il proprio ruolo ha sul cliente.",
        en: "The whole organisation knows the customer centricity strategy and everyone is aware of the impact their role has on the customer.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "train-2",
      area: "inform-train-support",
      scale: "agreement-1-5",
      text: {
        it: "Tutte le persone con un impatto diretto o indiretto sul cliente sono state formate sui nuovi comportamenti.",
        en: "Everyone with a direct or indirect impact on the customer has been trained in the new behaviours.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "train-3",
      area: "inform-train-support",
      scale: "agreement-1-5",
      text: {
        it: "Coaching e feedback sul campo aiutano le persone a mantenere nel tempo i nuovi comportamenti.",
        en: "On-the-job coaching and feedback help people keep up the new behaviours over time.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "train-4",
      area: "inform-train-support",
      scale: "agreement-1-5",
      text: {
        it: "L’azienda cura il benessere del “cliente interno”, cioè dei propri collaboratori.",
        en: "The company looks after the well-being of its “internal customers”: its own employees.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "process-1",
      area: "processes",
      scale: "agreement-1-5",
      text: {
        it: "I processi aziendali vengono verificati regolarmente rispetto ai requisiti della customer centricity e migliorati di conseguenza.",
        en: "Business processes are regularly checked against the requirements of customer centricity and improved accordingly.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "process-2",
      area: "processes",
      scale: "agreement-1-5",
      text: {
        it: "Le persone di ogni livello aziendale contribuiscono al miglioramento dei processi con la loro conoscenza dei clienti e dei problemi operativi.",
        en: "People at every level of the company help improve processes with their knowledge of customers and of operational problems.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "process-3",
      area: "processes",
      scale: "agreement-1-5",
      text: {
        it: "Anche quando non c’è una soluzione al suo problema, il cliente riceve una risposta “umana”, seppur negativa, e informazioni trasparenti.",
        en: "Even when there is no solution to their problem, customers get a “human” answer, even if it is a negative one, and transparent information.",
      },
      weight: 1,
      reverse: false,
      theme: requirement,
    },
    {
      id: "process-4",
      area: "processes",
      scale: "agreement-1-5",
      text: {
        it: "L’azienda dispone di tecnologie abilitanti adeguate agli strumenti con cui i clienti interagiscono con lei e ai dati prodotti da queste interazioni.",
        en: "The company has enabling technology suited to the tools customers use to interact with it and to the data those interactions produce.",
      },
      weight: 1,
      reverse: false,
      theme: requirement,
    },
    {
      id: "measure-1",
      area: "measure-share",
      scale: "agreement-1-5",
      text: {
        it: "L’azienda misura regolarmente dati qualitativi e quantitativi sull’esperienza dei clienti.",
        en: "The company regularly measures qualitative and quantitative data on the customer experience.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "measure-2",
      area: "measure-share",
      scale: "agreement-1-5",
      text: {
        it: "Il collegamento tra cultura, comportamenti, impatto sul cliente e risultati aziendali viene stabilito e monitorato.",
        en: "The link between culture, behaviours, impact on the customer and business results is established and monitored.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "measure-3",
      area: "measure-share",
      scale: "agreement-1-5",
      text: {
        it: "I responsabili e i loro collaboratori sanno se e come il loro lavoro influisce sui clienti e sui risultati.",
        en: "Managers and their teams know whether and how their work affects customers and results.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "measure-4",
      area: "measure-share",
      scale: "agreement-1-5",
      text: {
        it: "I dati sui clienti restano nei report della direzione e raramente arrivano a chi lavora con i clienti.",
        en: "Customer data stays in management reports and rarely reaches the people who work with customers.",
      },
      weight: 1,
      reverse: true,
    },
    {
      id: "reward-1",
      area: "reward-recognise",
      scale: "agreement-1-5",
      text: {
        it: "Gli obiettivi di prestazione di manager e collaboratori includono la customer centricity.",
        en: "Performance objectives for managers and staff include customer centricity.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "reward-2",
      area: "reward-recognise",
      scale: "agreement-1-5",
      text: {
        it: "I piani di valutazione e di incentivazione, individuali e di team, sono collegati ai risultati verso il cliente.",
        en: "Individual and team appraisal and incentive plans are linked to customer outcomes.",
      },
      weight: 1,
      reverse: false,
    },
    {
      id: "reward-3",
      area: "reward-recognise",
      scale: "agreement-1-5",
      text: {
        it: "I comportamenti di eccellenza verso il cliente sono riconosciuti pubblicamente e premiati, a prescindere dal ruolo ricoperto.",
        en: "Outstanding behaviour towards customers is publicly recognised and rewarded, whatever the person’s role.",
      },
      weight: 1,
      reverse: false,
    },
  ],
  bands: {
    overall: [
      {
        id: "to-build",
        min: 1,
        max: 2,
        label: { it: "Da costruire", en: "To be built" },
        description: {
          it: "La cultura customer centric non è ancora presente: la centralità del cliente è un’intenzione più che una pratica. Il primo passo è definire e condividere la visione.",
          en: "A customer-centric culture is not yet in place: customer centricity is an intention rather than a practice. The first step is to define and share the vision.",
        },
        color: "#d93025",
      },
      {
        id: "first-steps",
        min: 2,
        max: 3,
        label: { it: "Ai primi passi", en: "First steps" },
        description: {
          it: "Alcuni passaggi sono avviati, ma in modo isolato e non ancora sostenuto nel tempo. Servono coinvolgimento più ampio e continuità.",
          en: "Some steps are under way, but in isolation and not yet sustained over time. Wider involvement and continuity are needed.",
        },
        color: "#f9ab00",
      },
      {
        id: "consolidating",
        min: 3,
        max: 4,
        label: { it: "In consolidamento", en: "Consolidating" },
        description: {
          it: "La maggior parte dei passaggi è in atto: ora vanno resi sistematici, misurati e collegati a premi e riconoscimenti.",
          en: "Most steps are in place: they now need to be made systematic, measured and linked to rewards and recognition.",
        },
        color: "#7cb342",
      },
      {
        id: "embedded",
        min: 4,
        max: 5,
        label: { it: "Radicata", en: "Embedded" },
        description: {
          it: "La strategia di customer centricity è sostenuta da una cultura coerente ed efficace: la visione ha buone possibilità di successo. L’impegno è mantenerla viva.",
          en: "The customer centricity strategy is backed by a consistent, effective culture, so the vision has a good chance of success. The task now is to keep it alive.",
        },
        color: "#188038",
      },
    ],
    areas: [
      {
        id: "to-build",
        min: 1,
        max: 2,
        label: { it: "Da costruire", en: "To be built" },
        description: {
          it: "Questo passaggio non è ancora stato affrontato.",
          en: "This step has not been tackled yet.",
        },
        color: "#d93025",
      },
      {
        id: "first-steps",
        min: 2,
        max: 3,
        label: { it: "Ai primi passi", en: "First steps" },
        description: {
          it: "Il passaggio è avviato, ma in modo parziale o discontinuo.",
          en: "This step has been started, but only partly or intermittently.",
        },
        color: "#f9ab00",
      },
      {
        id: "consolidating",
        min: 3,
        max: 4,
        label: { it: "In consolidamento", en: "Consolidating" },
        description: {
          it: "Il passaggio è in atto; va reso sistematico e misurato.",
          en: "This step is in place; it now needs to be made systematic and measured.",
        },
        color: "#7cb342",
      },
      {
        id: "embedded",
        min: 4,
        max: 5,
        label: { it: "Radicata", en: "Embedded" },
        description: {
          it: "Il passaggio è pienamente integrato nel modo di lavorare dell’azienda.",
          en: "This step is fully built into the way the company works.",
        },
        color: "#188038",
      },
    ],
  },
  recommendations: [
    {
      area: "vision",
      band: "to-build",
      text: {
        it: "Mettete per iscritto la visione della customer centricity partendo da strategia di business, valori del brand ed esigenze delle buyer personas strategiche.",
        en: "Write down your customer centricity vision, starting from the business strategy, the brand’s values and the needs of your strategic buyer personas.",
      },
    },
    {
      area: "vision",
      band: "first-steps",
      text: {
        it: "Presentate la visione a ogni reparto come impegno collettivo, non come progetto del marketing, e indicate per ciascuno che cosa cambia in concreto.",
        en: "Present the vision to every department as a collective commitment rather than a marketing project, and spell out what changes in practice for each of them.",
      },
    },
    {
      area: "vision",
      band: "consolidating",
      text: {
        it: "Usate la visione come criterio esplicito nelle decisioni di investimento e di prodotto, e fatelo sapere a tutta l’azienda.",
        en: "Use the vision as an explicit criterion in investment and product decisions, and let the whole company know you do.",
      },
    },
    {
      area: "vision",
      band: "embedded",
      text: {
        it: "Mantenete il livello riesaminando la visione ogni anno o quando cambiano strategia, brand o buyer personas.",
        en: "Sustain this level by revisiting the vision every year, or whenever the strategy, the brand or the buyer personas change.",
      },
    },
    {
      area: "involve-co-design",
      band: "to-build",
      text: {
        it: "Costituite un team polifunzionale con le funzioni e i ruoli che dovranno mettere in atto la visione e coinvolgetelo fin dall’inizio.",
        en: "Set up a cross-functional team of the functions and roles that will have to put the vision into practice, and involve it from the very start.",
      },
    },
    {
      area: "involve-co-design",
      band: "first-steps",
      text: {
        it: "Date al team polifunzionale incontri periodici, un mandato chiaro e obiettivi concreti sulla customer centricity.",
        en: "Give the cross-functional team regular meetings, a clear mandate and concrete customer centricity goals.",
      },
    },
    {
      area: "involve-co-design",
      band: "consolidating",
      text: {
        it: "Aprite canali stabili perché chi lavora a contatto con i clienti possa proporre e co-progettare miglioramenti.",
        en: "Open permanent channels through which customer-facing staff can propose and co-design improvements.",
      },
    },
    {
      area: "involve-co-design",
      band: "embedded",
      text: {
        it: "Mantenete il livello facendo ruotare i partecipanti del team polifunzionale e comunicando quali proposte sono state realizzate.",
        en: "Sustain this level by rotating the members of the cross-functional team and communicating which proposals have been put into practice.",
      },
    },
    {
      area: "inform-train-support",
      band: "to-build",
      text: {
        it: "Presentate la strategia di customer centricity a tutta l’organizzazione e mostrate a ogni ruolo quale impatto ha sul cliente.",
        en: "Present the customer centricity strategy to the whole organisation and show each role the impact it has on the customer.",
      },
    },
    {
      area: "inform-train-support",
      band: "first-steps",
      text: {
        it: "Formate sui nuovi comportamenti tutte le persone con un impatto diretto o indiretto sul cliente, non solo chi lavora in prima linea.",
        en: "Train everyone with a direct or indirect impact on the customer in the new behaviours, not just the front line.",
      },
    },
    {
      area: "inform-train-support",
      band: "consolidating",
      text: {
        it: "Affiancate alla formazione coaching e feedback sul campo e monitorate il benessere del “cliente interno”.",
        en: "Back up training with on-the-job coaching and feedback, and keep track of the well-being of your “internal customers”.",
      },
    },
    {
      area: "inform-train-support",
      band: "embedded",
      text: {
        it: "Mantenete il livello con aggiornamenti periodici, formazione per i nuovi assunti e un ascolto regolare dei collaboratori.",
        en: "Sustain this level with periodic refreshers, training for new hires and regular listening to employees.",
      },
    },
    {
      area: "processes",
      band: "to-build",
      text: {
        it: "Scegliete un processo critico per i clienti e rivedetelo insieme alle persone che lo gestiscono, confrontandolo con i requisiti della vostra customer centricity.",
        en: "Pick one process that is critical for customers and review it with the people who run it, against the requirements of your customer centricity.",
      },
    },
    {
      area: "processes",
      band: "first-steps",
      text: {
        it: "Garantite in ogni processo di contatto una risposta umana e trasparente anche quando non c’è una soluzione, eliminando i percorsi automatici senza uscita.",
        en: "Make sure every contact process gives a human, transparent answer even when there is no solution, and remove automated dead ends.",
      },
    },
    {
      area: "processes",
      band: "consolidating",
      text: {
        it: "Pianificate revisioni regolari dei processi interni e dotatevi delle tecnologie abilitanti per gestire canali e dati dei clienti.",
        en: "Schedule regular reviews of internal processes and put in place the enabling technology to manage customer channels and data.",
      },
    },
    {
      area: "processes",
      band: "embedded",
      text: {
        it: "Mantenete il livello raccogliendo in modo continuo le segnalazioni dei collaboratori su problemi operativi e dei clienti.",
        en: "Sustain this level by continuously collecting employees’ reports of operational and customer problems.",
      },
    },
    {
      area: "measure-share",
      band: "to-build",
      text: {
        it: "Scegliete pochi indicatori qualitativi e quantitativi sull’esperienza dei clienti e rilevateli con regolarità.",
        en: "Choose a few qualitative and quantitative customer experience indicators and measure them regularly.",
      },
    },
    {
      area: "measure-share",
      band: "first-steps",
      text: {
        it: "Condividete i risultati con i responsabili e i loro collaboratori, spiegando come il loro lavoro incide sui clienti.",
        en: "Share the results with managers and their teams, explaining how their work affects customers.",
      },
    },
    {
      area: "measure-share",
      band: "consolidating",
      text: {
        it: "Stabilite e monitorate il collegamento tra cultura, comportamenti, impatto sul cliente e risultati aziendali.",
        en: "Establish and monitor the link between culture, behaviours, impact on the customer and business results.",
      },
    },
    {
      area: "measure-share",
      band: "embedded",
      text: {
        it: "Mantenete il livello rendendo i risultati visibili a tutti appena disponibili e discutendoli nelle riunioni di team.",
        en: "Sustain this level by making results visible to everyone as soon as they are available and discussing them in team meetings.",
      },
    },
    {
      area: "reward-recognise",
      band: "to-build",
      text: {
        it: "Inserite almeno un obiettivo di customer centricity negli obiettivi di prestazione di manager e team.",
        en: "Add at least one customer centricity goal to the performance objectives of managers and teams.",
      },
    },
    {
      area: "reward-recognise",
      band: "first-steps",
      text: {
        it: "Collegate i piani di valutazione e di incentivazione, individuali e di team, ai risultati verso il cliente.",
        en: "Link individual and team appraisal and incentive plans to customer outcomes.",
      },
    },
    {
      area: "reward-recognise",
      band: "consolidating",
      text: {
        it: "Riconoscete pubblicamente i comportamenti di eccellenza verso il cliente, a prescindere dal ruolo ricoperto.",
        en: "Publicly recognise outstanding behaviour towards customers, whatever the person’s role.",
      },
    },
    {
      area: "reward-recognise",
      band: "embedded",
      text: {
        it: "Mantenete il livello rivedendo ogni anno obiettivi e premi perché restino allineati alla visione, e raccontate le storie di successo.",
        en: "Sustain this level by reviewing objectives and rewards every year so they stay aligned with the vision, and tell the success stories.",
      },
    },
  ],
};
