/**
 * Russian and Kazakh texts of the illustrative roadmap, keyed by the English text. Organisation names follow
 * the official Russian and Kazakh names of the UN bodies and of the Kazakh ministry; the other texts are working
 * translations listed for review in TRANSLATION-REVIEW.md.
 */
export const samplePlanTranslations: Readonly<Record<string, { readonly ru: string; readonly kk: string }>> =
  {
    'Finalise the independent feasibility study (role, structure, financing)': {
      ru: 'Завершить независимое технико-экономическое обоснование (роль, структура, финансирование)',
      kk: 'Тәуелсіз техникалық-экономикалық негіздемені аяқтау (рөлі, құрылымы, қаржыландыру)',
    },
    'Ad hoc working group reviews the study and recommends a roadmap': {
      ru: 'Специальная рабочая группа рассматривает исследование и рекомендует дорожную карту',
      kk: 'Арнайы жұмыс тобы зерттеуді қарап, жол картасын ұсынады',
    },
    'ESCAP Commission session: decision on the roadmap': {
      ru: 'Сессия Комиссии ЭСКАТО: решение по дорожной карте',
      kk: 'ЭСКАТО Комиссиясының сессиясы: жол картасы бойынша шешім',
    },
    'Negotiate the host-country arrangement for the centre': {
      ru: 'Согласовать соглашение с принимающей страной о центре',
      kk: 'Орталық туралы қабылдаушы елмен келісімді келісу',
    },
    'Design the governance and operating model': {
      ru: 'Разработать модель управления и функционирования',
      kk: 'Басқару және жұмыс істеу моделін әзірлеу',
    },
    'Business plan and financing strategy': {
      ru: 'Бизнес-план и стратегия финансирования',
      kk: 'Бизнес-жоспар және қаржыландыру стратегиясы',
    },
    'Prepare a UN Development Account concept note': {
      ru: 'Подготовить концептуальную записку для Счёта развития ООН',
      kk: 'БҰҰ Даму шотына арналған тұжырымдамалық жазбаны дайындау',
    },
    'SPECA Working Group on ITSD session: review of the design': {
      ru: 'Сессия Рабочей группы СПЕКА по инновациям и технологиям для устойчивого развития: рассмотрение проекта',
      kk: 'СПЕКА-ның тұрақты даму үшін инновациялар мен технологиялар жөніндегі жұмыс тобының сессиясы: жобаны қарау',
    },
    'CICTSTI-5: AP-IS Action Plan 2027–2030 adopted': {
      ru: 'CICTSTI-5: принят План действий AP-IS на 2027–2030 годы',
      kk: 'CICTSTI-5: AP-IS 2027–2030 жылдарға арналған іс-қимыл жоспары қабылданды',
    },
    'Host-country ratification of the arrangement': {
      ru: 'Ратификация соглашения принимающей страной',
      kk: 'Қабылдаушы елдің келісімді ратификациялауы',
    },
    'SPECA Governing Council: endorsement': {
      ru: 'Руководящий совет СПЕКА: одобрение',
      kk: 'СПЕКА Басқарушы кеңесі: мақұлдау',
    },
    'Recruit the core team': { ru: 'Набрать основную команду', kk: 'Негізгі топты жасақтау' },
    'Set up the premises and the collaboration platform': {
      ru: 'Оборудовать помещения и платформу для совместной работы',
      kk: 'Үй-жайды және бірлескен жұмыс платформасын жабдықтау',
    },
    'Develop the digital solutions catalogue and knowledge hub': {
      ru: 'Разработать каталог цифровых решений и центр знаний',
      kk: 'Цифрлық шешімдер каталогы мен білім орталығын әзірлеу',
    },
    'Agree cooperation with related initiatives (GovStack hub, CAREC, CIS)': {
      ru: 'Согласовать сотрудничество со смежными инициативами (хаб GovStack, ЦАРЭС, СНГ)',
      kk: 'Сабақтас бастамалармен ынтымақтастықты келісу (GovStack хабы, ОАӨЭЫ, ТМД)',
    },
    'Centre launched': { ru: 'Центр открыт', kk: 'Орталық ашылды' },
    'Capacity-building programme for member States': {
      ru: 'Программа укрепления потенциала для государств-членов',
      kk: 'Мүше мемлекеттер үшін әлеуетті арттыру бағдарламасы',
    },
    'Update the digital maturity assessments of the eight countries': {
      ru: 'Обновить оценки цифровой зрелости восьми стран',
      kk: 'Сегіз елдің цифрлық жетілу бағалауларын жаңарту',
    },
    'Regional policy dialogue and expert group meeting': {
      ru: 'Региональный диалог по вопросам политики и совещание группы экспертов',
      kk: 'Саясат мәселелері бойынша өңірлік диалог және сарапшылар тобының кеңесі',
    },
    'Monitoring, evaluation and lessons learned': {
      ru: 'Мониторинг, оценка и извлечённые уроки',
      kk: 'Мониторинг, бағалау және алынған сабақтар',
    },
    'Progress report ready for the AP-IS Steering Committee': {
      ru: 'Отчёт о ходе работы готов для Руководящего комитета AP-IS',
      kk: 'Орындалу барысы туралы есеп AP-IS Басқарушы комитеті үшін дайын',
    },
    'Mandate and feasibility': { ru: 'Мандат и обоснование', kk: 'Мандат және негіздеме' },
    'Feasibility study and the ad hoc working group, as requested by the Astana Ministerial Declaration (Sep 2024)':
      {
        ru: 'Технико-экономическое обоснование и специальная рабочая группа по просьбе Астанинской министерской декларации (сентябрь 2024 г.)',
        kk: 'Астана министрлік декларациясының (2024 жылғы қыркүйек) сұрауы бойынша техникалық-экономикалық негіздеме және арнайы жұмыс тобы',
      },
    'Design and host arrangements': {
      ru: 'Проектирование и соглашения с принимающей страной',
      kk: 'Жобалау және қабылдаушы елмен келісімдер',
    },
    Establishment: { ru: 'Создание', kk: 'Құру' },
    'Pilot services': { ru: 'Пилотные услуги', kk: 'Пилоттық қызметтер' },
    'Strengthened regional cooperation on digital solutions for sustainable development in North and Central Asia':
      {
        ru: 'Укрепление регионального сотрудничества в области цифровых решений для устойчивого развития в Северной и Центральной Азии',
        kk: 'Солтүстік және Орталық Азиядағы тұрақты даму үшін цифрлық шешімдер саласындағы өңірлік ынтымақтастықты нығайту',
      },
    'Member States agree the role, structure and financing of the Digital Solutions Centre': {
      ru: 'Государства-члены согласуют роль, структуру и финансирование Центра цифровых решений',
      kk: 'Мүше мемлекеттер Цифрлық шешімдер орталығының рөлін, құрылымын және қаржыландыруын келіседі',
    },
    'Member States participate in the ad hoc working group': {
      ru: 'Государства-члены участвуют в специальной рабочей группе',
      kk: 'Мүше мемлекеттер арнайы жұмыс тобына қатысады',
    },
    'Enhanced capacity of member States to design and use digital solutions': {
      ru: 'Укрепление потенциала государств-членов в разработке и использовании цифровых решений',
      kk: 'Мүше мемлекеттердің цифрлық шешімдерді әзірлеу және пайдалану әлеуетін арттыру',
    },
    'National focal points are nominated': {
      ru: 'Назначены национальные координаторы',
      kk: 'Ұлттық үйлестірушілер тағайындалды',
    },
    'Feasibility study and recommended roadmap': {
      ru: 'Технико-экономическое обоснование и рекомендованная дорожная карта',
      kk: 'Техникалық-экономикалық негіздеме және ұсынылған жол картасы',
    },
    'Host arrangement, governance model and financing strategy': {
      ru: 'Соглашение с принимающей страной, модель управления и стратегия финансирования',
      kk: 'Қабылдаушы елмен келісім, басқару моделі және қаржыландыру стратегиясы',
    },
    'Operational centre with a solutions catalogue and knowledge hub': {
      ru: 'Действующий центр с каталогом решений и центром знаний',
      kk: 'Шешімдер каталогы мен білім орталығы бар жұмыс істейтін орталық',
    },
    'Capacity-building programme and updated maturity assessments': {
      ru: 'Программа укрепления потенциала и обновлённые оценки зрелости',
      kk: 'Әлеуетті арттыру бағдарламасы және жаңартылған жетілу бағалаулары',
    },
    'United Nations Economic and Social Commission for Asia and the Pacific (ESCAP)': {
      ru: 'Экономическая и социальная комиссия ООН для Азии и Тихого океана (ЭСКАТО)',
      kk: 'БҰҰ Азия және Тынық мұхиты үшін экономикалық және әлеуметтік комиссиясы (ЭСКАТО)',
    },
    'United Nations Economic Commission for Europe (UNECE)': {
      ru: 'Европейская экономическая комиссия ООН (ЕЭК ООН)',
      kk: 'БҰҰ Еуропалық экономикалық комиссиясы (БҰҰ ЕЭК)',
    },
    'Ministry of Digital Development, Innovations and Aerospace Industry of Kazakhstan': {
      ru: 'Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан',
      kk: 'Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі',
    },
    'International Telecommunication Union (ITU)': {
      ru: 'Международный союз электросвязи (МСЭ)',
      kk: 'Халықаралық электрбайланыс одағы (ХЭО)',
    },
    'United Nations Development Account': {
      ru: 'Счёт развития Организации Объединённых Наций',
      kk: 'Біріккен Ұлттар Ұйымының Даму шоты',
    },
    'Individuals using the Internet, Kazakhstan': {
      ru: 'Лица, пользующиеся интернетом, Казахстан',
      kk: 'Интернетті пайдаланатын адамдар, Қазақстан',
    },
    'Individuals using the Internet, Tajikistan': {
      ru: 'Лица, пользующиеся интернетом, Таджикистан',
      kk: 'Интернетті пайдаланатын адамдар, Тәжікстан',
    },
    'Member States endorsing the DSC roadmap at the governing bodies': {
      ru: 'Государства-члены, одобрившие дорожную карту ЦЦР в руководящих органах',
      kk: 'Басқарушы органдарда ЦШО жол картасын мақұлдаған мүше мемлекеттер',
    },
    'Population covered by at least a 4G mobile network, Turkmenistan': {
      ru: 'Население, охваченное как минимум мобильной сетью 4G, Туркменистан',
      kk: 'Кемінде 4G мобильді желісімен қамтылған халық, Түрікменстан',
    },
    'Fixed broadband subscriptions per 100 people, Uzbekistan': {
      ru: 'Абонементы фиксированного широкополосного доступа на 100 человек, Узбекистан',
      kk: '100 адамға шаққандағы тіркелген кеңжолақты қолжетімділік жазылымдары, Өзбекстан',
    },
    'Host-country ratification takes longer than planned': {
      ru: 'Ратификация принимающей страной занимает больше времени, чем планировалось',
      kk: 'Қабылдаушы елдің ратификациялауы жоспарланғаннан ұзаққа созылады',
    },
    'Start the arrangement early; keep the virtual services independent of the premises': {
      ru: 'Начать согласование заранее; виртуальные услуги не должны зависеть от помещений',
      kk: 'Келісімді ерте бастау; виртуалды қызметтерді үй-жайға тәуелсіз ұстау',
    },
    'Funding pledges are not converted into commitments': {
      ru: 'Обещания финансирования не превращаются в обязательства',
      kk: 'Қаржыландыру туралы уәделер міндеттемелерге айналмайды',
    },
    'Diversify sources; phase the services by secured funding': {
      ru: 'Диверсифицировать источники; вводить услуги поэтапно по мере обеспеченного финансирования',
      kk: 'Көздерді әртараптандыру; қызметтерді қамтамасыз етілген қаржыландыруға қарай кезең-кезеңімен енгізу',
    },
    'Overlap with related initiatives (CAREC Digital Solutions Center, GovStack hub, CIS base organisation)':
      {
        ru: 'Дублирование со смежными инициативами (Центр цифровых решений ЦАРЭС, хаб GovStack, базовая организация СНГ)',
        kk: 'Сабақтас бастамалармен қайталану (ОАӨЭЫ Цифрлық шешімдер орталығы, GovStack хабы, ТМД базалық ұйымы)',
      },
    'Agree a division of labour with each initiative (activity A11)': {
      ru: 'Согласовать разделение труда с каждой инициативой (мероприятие A11)',
      kk: 'Әр бастамамен еңбек бөлінісін келісу (A11 іс-шарасы)',
    },
    'Low participation of some member States': {
      ru: 'Низкое участие некоторых государств-членов',
      kk: 'Кейбір мүше мемлекеттердің төмен қатысуы',
    },
    'Online participation and Russian-language sessions': {
      ru: 'Онлайн-участие и сессии на русском языке',
      kk: 'Онлайн қатысу және орыс тіліндегі сессиялар',
    },
    'Recruitment of specialised staff is slow': {
      ru: 'Набор специализированного персонала идёт медленно',
      kk: 'Мамандандырылған қызметкерлерді жалдау баяу жүреді',
    },
    'Use general temporary assistance and secondments': {
      ru: 'Использовать временный персонал общего назначения и прикомандирование',
      kk: 'Жалпы мақсаттағы уақытша көмекті және іссапарға жіберуді пайдалану',
    },
    'Virtual network hub': { ru: 'Виртуальный сетевой хаб', kk: 'Виртуалды желілік хаб' },
    'A network of national focal points and an online platform; no premises': {
      ru: 'Сеть национальных координаторов и онлайн-платформа; без помещений',
      kk: 'Ұлттық үйлестірушілер желісі және онлайн платформа; үй-жайсыз',
    },
    'Limited visibility and ownership without a physical presence': {
      ru: 'Ограниченная заметность и вовлечённость без физического присутствия',
      kk: 'Физикалық қатысусыз көрнекілік пен тиесілік сезімі шектеулі',
    },
    'Annual in-person forum rotating among member States': {
      ru: 'Ежегодный очный форум поочерёдно в государствах-членах',
      kk: 'Мүше мемлекеттерде кезекпен өтетін жыл сайынғы бетпе-бет форум',
    },
    'Physical centre in the host country': {
      ru: 'Физический центр в принимающей стране',
      kk: 'Қабылдаушы елдегі физикалық орталық',
    },
    'Premises, a resident team and an in-person training facility': {
      ru: 'Помещения, постоянная команда и площадка для очного обучения',
      kk: 'Үй-жай, тұрақты топ және бетпе-бет оқыту алаңы',
    },
    'Fit-out of premises is delayed': {
      ru: 'Оборудование помещений задерживается',
      kk: 'Үй-жайды жабдықтау кешігеді',
    },
    'Start services from temporary premises': {
      ru: 'Начать оказание услуг во временных помещениях',
      kk: 'Қызметтерді уақытша үй-жайдан бастау',
    },
    'Hybrid: small physical office and a virtual network': {
      ru: 'Гибридный вариант: небольшой физический офис и виртуальная сеть',
      kk: 'Гибридті нұсқа: шағын физикалық кеңсе және виртуалды желі',
    },
    'A small office in the host country plus national focal points online': {
      ru: 'Небольшой офис в принимающей стране и национальные координаторы онлайн',
      kk: 'Қабылдаушы елдегі шағын кеңсе және онлайн ұлттық үйлестірушілер',
    },
  };
