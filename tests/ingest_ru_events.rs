//! Russian event coverage (issue 11, item 2): what the lexicon's Russian words for acts
//! become, one made-up sentence at a time, as `ingest_events` does for English and Arabic. Each
//! sentence is read as a report of its own, and the types (with a word of the title's concept)
//! of its incidents are compared with the table; other tables give the status a cue word sets,
//! the tolls, and the words that must not be read as acts (a road accident, a clash of
//! interests, a blow to the economy, the onset of darkness).
//!
//! The sentences are written for these tests in the tenses, persons, cases and word orders
//! Russian news uses, never the wording of a known text. Dates in Russian words are the
//! tagger's (issue 11, item 1) and play no part here.

mod ingest_support;

use tarikh::ingest::Extraction;
use tarikh::model::{EventType, Status};

use EventType::*;

fn read(sentence: &str) -> Extraction {
    ingest_support::read_sentence("ru", sentence)
}

fn incidents(sentence: &str) -> Vec<(EventType, String)> {
    ingest_support::incidents_of("ru", sentence)
}

fn check(rows: &[(&str, &[(EventType, &str)])]) {
    ingest_support::check_events("ru", rows)
}

/// Each row: a sentence from which no incident at all may come.
fn check_nothing(rows: &[&str]) {
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|s| {
            let got = incidents(s);
            (!got.is_empty()).then(|| format!("{s}\n    got {got:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} rows differ:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

/// Each row: the sentence and the status of its one incident.
fn check_status(rows: &[(&str, Status)]) {
    let mut failures = Vec::new();
    for (sentence, want) in rows {
        let x = read(sentence);
        let got: Vec<Status> = x.incidents.iter().map(|i| i.status).collect();
        if got != [*want] {
            failures.push(format!("{sentence}\n    want {want:?}\n    got  {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows differ:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn clashes_and_gunfire() {
    check(&[
        (
            "На границе произошла перестрелка между пограничниками.",
            &[(ArmedClash, "exchange of fire")],
        ),
        (
            "Пограничники двух стран перестреливались несколько часов.",
            &[(ArmedClash, "exchange of fire")],
        ),
        (
            "Военные обменялись огнём у села.",
            &[(ArmedClash, "exchange of fire")],
        ),
        (
            "Таджикские военные открыли огонь по заставе.",
            &[(ArmedClash, "gunfire")],
        ),
        (
            "Военнослужащие открыли по посту огонь из стрелкового оружия.",
            &[(ArmedClash, "gunfire")],
        ),
        (
            "Огонь первыми открыли пограничники соседней страны.",
            &[(ArmedClash, "gunfire")],
        ),
        (
            "В районе водозабора слышна стрельба.",
            &[(ArmedClash, "gunfire")],
        ),
        ("Ночью у поста стреляли.", &[(ArmedClash, "gunfire")]),
        (
            "Снайпер ранил пограничника на посту.",
            &[(ArmedClash, "sniper")],
        ),
        (
            "Столкновения вспыхнули у села Кок-Таш.",
            &[(ArmedClash, "clashes")],
        ),
        (
            "В столкновениях в Баткенской области участвовали военные обеих стран.",
            &[(ArmedClash, "clashes")],
        ),
        (
            "Ожесточенные бои шли у Воруха весь день.",
            &[(ArmedClash, "fighting")],
        ),
        (
            "Боевые действия в Исфаринском районе продолжались до утра.",
            &[(ArmedClash, "fighting")],
        ),
        (
            "Произошло боестолкновение с применением бронетехники.",
            &[(ArmedClash, "armed clashes")],
        ),
        (
            "Вооруженный конфликт вспыхнул у водозабора «Головной».",
            &[(ArmedClash, "fighting")],
        ),
        (
            "Произошла стычка между военнослужащими.",
            &[(ArmedClash, "skirmish")],
        ),
        (
            "Военные попали в засаду у перевала.",
            &[(ArmedClash, "ambush")],
        ),
        (
            "Пограничники отразили атаку на заставу.",
            &[(ArmedClash, "repelled")],
        ),
        (
            "Военные захватили пост на спорном участке.",
            &[(ArmedClash, "capture")],
        ),
        (
            "Подразделения взяли под контроль высоту.",
            &[(ArmedClash, "capture")],
        ),
        (
            "Армия перешла в наступление у Лачина.",
            &[(ArmedClash, "offensive")],
        ),
        (
            "Эскалация у Кок-Таша продолжается.",
            &[(ArmedClash, "flare-up")],
        ),
    ]);
}

#[test]
fn shelling_strikes_and_attacks() {
    check(&[
        (
            "В городе прошла силовая операция против вооруженных групп.",
            &[(ArmedClash, "security operation")],
        ),
        (
            "Вечером у своего дома застрелен местный активист.",
            &[(Attack, "shooting")],
        ),
        ("Село подверглось обстрелу.", &[(Shelling, "shelling")]),
        (
            "Таджикская сторона обстреляла окрестности города.",
            &[(Shelling, "shelling")],
        ),
        (
            "Военные обстреливали позиции из минометов.",
            &[(Shelling, "shelling")],
        ),
        (
            "Начался минометный обстрел приграничных сел.",
            &[(Shelling, "mortar")],
        ),
        (
            "Артиллерийский обстрел продолжался два часа.",
            &[(Shelling, "artillery")],
        ),
        (
            "Противник применил РСЗО по позициям.",
            &[(Shelling, "rocket")],
        ),
        (
            "Военные нанесли ракетный удар по складу.",
            &[(Shelling, "missile")],
        ),
        (
            "Военные нанесли удар по позициям у Джермука.",
            &[(AirStrike, "strike")],
        ),
        (
            "Авиаудар пришелся по окраине города.",
            &[(AirStrike, "air strike")],
        ),
        ("Самолеты бомбили склады.", &[(AirStrike, "air strike")]),
        (
            "Беспилотник атаковал автомобиль у Гориса.",
            &[(AirStrike, "drone")],
        ),
        (
            "Ударный беспилотник поразил позиции.",
            &[(AirStrike, "drone")],
        ),
        (
            "ПВО сбили беспилотник над городом.",
            &[(Other, "shot down")],
        ),
        (
            "Военные сбили два дрона у границы.",
            &[(Other, "shot down")],
        ),
        (
            "Неизвестные напали на пограничный наряд у села Ак-Сай.",
            &[(Attack, "attack")],
        ),
        (
            "Нападение на колонну произошло у Хан-Юниса.",
            &[(Attack, "attack")],
        ),
        (
            "Боевики атаковали блокпост в Рафахе.",
            &[(Attack, "attack")],
        ),
        ("В центре города прогремел взрыв.", &[(Attack, "explosion")]),
        ("Боевики взорвали мост через реку.", &[(Attack, "bombing")]),
        (
            "Грузовик подорвался на мине у села.",
            &[(Other, "landmine")],
        ),
        (
            "Двое саперов подорвались на минах у дороги.",
            &[(Other, "landmine")],
        ),
        (
            "Ночью у села вновь звучали автоматные очереди.",
            &[(ArmedClash, "gunfire")],
        ),
        (
            "Утром над домами начали рваться мины.",
            &[(Shelling, "shelling")],
        ),
        (
            "Во дворе больницы упали два снаряда.",
            &[(Shelling, "shelling")],
        ),
        (
            "Парламент ратифицировал соглашение о границе.",
            &[(Other, "ratification")],
        ),
        (
            "Самолет нарушил воздушное пространство страны.",
            &[(Other, "airspace violation")],
        ),
    ]);
}

#[test]
fn crowds_protests_arrests_property_and_flight() {
    check(&[
        (
            "Жители три дня митинговали у здания администрации.",
            &[(Protest, "rally")],
        ),
        (
            "Протесты вспыхнули в городе после повышения цен на топливо.",
            &[(Protest, "protest")],
        ),
        (
            "Несколько сотен жителей собрались на площади перед зданием администрации.",
            &[(Protest, "rally")],
        ),
        (
            "Протестующие перекрыли дорогу к областному центру.",
            &[(Protest, "protest")],
        ),
        (
            "Жители двух сел забросали друг друга камнями.",
            &[(MobViolence, "stone-throwing")],
        ),
        (
            "Селяне бросали камни в сторону соседей.",
            &[(MobViolence, "stone-throwing")],
        ),
        (
            "У водозабора произошла массовая драка.",
            &[(MobViolence, "brawl")],
        ),
        (
            "Начались массовые беспорядки.",
            &[(ViolentDemonstration, "riot")],
        ),
        ("В столице прошел митинг.", &[(Protest, "rally")]),
        (
            "Жители провели акцию протеста у здания администрации.",
            &[(Protest, "protest")],
        ),
        (
            "Пограничники задержали двух нарушителей.",
            &[(Arrest, "detention")],
        ),
        (
            "Задержаны трое граждан соседней страны.",
            &[(Arrest, "detention")],
        ),
        ("Полиция арестовала организаторов.", &[(Arrest, "arrest")]),
        (
            "Следователи возбудили уголовное дело.",
            &[(Arrest, "criminal case")],
        ),
        ("Военнослужащие были взяты в плен.", &[(Arrest, "captives")]),
        ("Боевики похитили двух жителей.", &[(Arrest, "abduction")]),
        (
            "Неизвестные подожгли несколько домов.",
            &[(PropertyDestruction, "arson")],
        ),
        (
            "Поджог здания школы попал на видео.",
            &[(PropertyDestruction, "arson")],
        ),
        ("В селе сожжены дома.", &[(PropertyDestruction, "burning")]),
        (
            "Сгорели магазины и склады.",
            &[(PropertyDestruction, "burning")],
        ),
        (
            "Разрушены мост и два здания.",
            &[(PropertyDestruction, "destruction")],
        ),
        (
            "Из приграничных сел эвакуированы жители.",
            &[(Displacement, "evacuation")],
        ),
        (
            "Началась эвакуация населения.",
            &[(Displacement, "evacuation")],
        ),
        ("Беженцы размещены в школах.", &[(Displacement, "refugees")]),
        (
            "Жителям велели покинуть свои дома до конца недели.",
            &[(Displacement, "flight")],
        ),
        (
            "Жители двух сел начали бросать друг в друга камни.",
            &[(MobViolence, "stone-throwing")],
        ),
        (
            "Жители публикуют видео горящих домов.",
            &[(PropertyDestruction, "burning")],
        ),
        (
            "Соседняя сторона продолжает стягивать бронетехнику к границе.",
            &[(Deployment, "build-up")],
        ),
        (
            "Тысячи людей покинули свои дома.",
            &[(Displacement, "flight")],
        ),
    ]);
}

#[test]
fn truces_deals_withdrawals_deployments() {
    check(&[
        (
            "Через неделю подразделения покинули буферную зону.",
            &[(Withdrawal, "pull-out")],
        ),
        (
            "К границе начали стягивать подразделения внутренних войск.",
            &[(Deployment, "build-up")],
        ),
        (
            "Стороны объявили о прекращении огня.",
            &[(Ceasefire, "ceasefire")],
        ),
        ("Перемирие вступило в силу.", &[(Ceasefire, "truce")]),
        ("Режим тишины соблюдается.", &[(Ceasefire, "truce")]),
        (
            "Стороны подписали соглашение о прекращении огня.",
            &[(Ceasefire, "ceasefire")],
        ),
        ("Стороны подписали протокол.", &[(Agreement, "agreement")]),
        (
            "Делегации достигли договоренности.",
            &[(Agreement, "agreement")],
        ),
        ("Подписан меморандум.", &[(Agreement, "agreement")]),
        (
            "Стороны начали отвод войск от границы.",
            &[(Withdrawal, "withdrawal")],
        ),
        (
            "Подразделения отвели технику на прежние позиции.",
            &[(Withdrawal, "withdrawal")],
        ),
        (
            "Военные вернулись в места постоянной дислокации.",
            &[(Withdrawal, "return to bases")],
        ),
        (
            "Началась переброска войск к границе.",
            &[(Deployment, "troop movements")],
        ),
        (
            "К границе стягивают войска и технику.",
            &[(Deployment, "build-up")],
        ),
        (
            "Армия привела войска в боевую готовность.",
            &[(Deployment, "mobilisation")],
        ),
        ("В страну ввели войска ОДКБ.", &[(Deployment, "deployment")]),
        (
            "Власти усилили охрану границы.",
            &[(Deployment, "reinforcements")],
        ),
        (
            "Нарушение государственной границы пресечено.",
            &[(Deployment, "incursion")],
        ),
    ]);
}

#[test]
fn words_made_in_talks_visits_statements_accusations() {
    check(&[
        (
            "Министр объявил о завершении операции.",
            &[(Statement, "announcement")],
        ),
        (
            "Президент принял отставку правительства.",
            &[(Other, "government resignation")],
        ),
        (
            "Постоянный совет организации обсудит ситуацию на границе.",
            &[(Talks, "discussion")],
        ),
        (
            "Очередной раунд назначен на осень.",
            &[(Talks, "round of talks")],
        ),
        ("Министр обороны вылетит в Баткен.", &[(Visit, "visit")]),
        (
            "Президент выступит с обращением к нации.",
            &[(Statement, "appeal")],
        ),
        (
            "Парламент признал независимость республики.",
            &[(Statement, "recognition")],
        ),
        (
            "Делегации провели переговоры в Баткене.",
            &[(Talks, "negotiations")],
        ),
        (
            "Президенты провели телефонный разговор.",
            &[(Talks, "phone call")],
        ),
        ("Министры созвонились вечером.", &[(Talks, "phone call")]),
        ("Президенты встретились в Душанбе.", &[(Talks, "meeting")]),
        ("Встреча прошла в Бишкеке.", &[(Talks, "meeting")]),
        (
            "Главы ведомств обсудили ситуацию на границе.",
            &[(Talks, "discussion")],
        ),
        ("В Москве прошли консультации.", &[(Talks, "consultations")]),
        ("Министр посетил приграничный район.", &[(Visit, "visit")]),
        ("Президент прибыл в Баткен.", &[(Visit, "visit")]),
        (
            "Министр находится с рабочим визитом в Ереване.",
            &[(Visit, "visit")],
        ),
        ("МИД выступил с заявлением.", &[(Statement, "statement")]),
        (
            "Генсек ООН призвал стороны к сдержанности.",
            &[(Statement, "appeal")],
        ),
        ("Власти объявили траур.", &[(Statement, "mourning")]),
        (
            "Министерство осудило нападение на пограничников.",
            &[(Statement, "condemnation")],
        ),
        (
            "Посла вызвали в МИД и вручили ему ноту протеста.",
            &[(Other, "summoning")],
        ),
        (
            "МИД направил ноту протеста.",
            &[(Accusation, "diplomatic protest")],
        ),
        (
            "Бишкек обвинил Душанбе в нарушении перемирия.",
            &[(Accusation, "accusation")],
        ),
        (
            "Министерство сообщило о нарушении перемирия.",
            &[(Accusation, "violations")],
        ),
        (
            "Власти возложили ответственность на соседей.",
            &[(Accusation, "accusation")],
        ),
        ("Власти закрыли границу.", &[(Other, "border closure")]),
        (
            "Закрыты все пункты пропуска на границе.",
            &[(Other, "border closure")],
        ),
        (
            "Стороны обменялись пленными.",
            &[(Other, "prisoner exchange")],
        ),
        (
            "В районе введен режим чрезвычайного положения.",
            &[(Other, "state of emergency")],
        ),
        (
            "На границе прошли военные учения.",
            &[(Other, "military exercise")],
        ),
        (
            "В село доставили гуманитарную помощь.",
            &[(Aid, "humanitarian aid")],
        ),
    ]);
}

/// The same acts in other cases, numbers, tenses, aspects and word orders, with names
/// declined ("у Кок-Таша", "в Ворухе", "Баткенской области").
#[test]
fn inflected_forms() {
    check(&[
        (
            "Перестрелку у Кок-Таша прекратили к вечеру.",
            &[(ArmedClash, "exchange of fire")],
        ),
        (
            "О перестрелке в Ворухе сообщили местные власти.",
            &[(ArmedClash, "exchange of fire")],
        ),
        (
            "Перестрелки в Баткенской области продолжаются.",
            &[(ArmedClash, "exchange of fire")],
        ),
        (
            "Пограничники перестреляли друг друга у Кок-Таша.",
            &[(ArmedClash, "exchange of fire")],
        ),
        (
            "Обстрелы Исфары не прекращаются.",
            &[(Shelling, "shelling")],
        ),
        (
            "Обстрелом повреждена школа в Исфаре.",
            &[(Shelling, "shelling")],
        ),
        (
            "Военные обстреливают село Ак-Сай.",
            &[(Shelling, "shelling")],
        ),
        (
            "Военные обстреляют позиции у Воруха.",
            &[(Shelling, "shelling")],
        ),
        (
            "Стрельбу у Кок-Таша слышали жители.",
            &[(ArmedClash, "gunfire")],
        ),
        (
            "Военнослужащие открывают огонь по заставам у Воруха.",
            &[(ArmedClash, "gunfire")],
        ),
        (
            "В боях у Головного погибли военные.",
            &[(ArmedClash, "fighting")],
        ),
        (
            "После боев в Баткенском районе школы закрыты.",
            &[(ArmedClash, "fighting")],
        ),
        (
            "Столкновением у Кок-Таша занялась комиссия.",
            &[(ArmedClash, "clashes")],
        ),
        (
            "Перемирием воспользовались для эвакуации жителей Исфары.",
            &[(Ceasefire, "truce")],
        ),
        (
            "О перемирии договорились главы ГКНБ.",
            &[(Ceasefire, "truce")],
        ),
        // The truce a breach names is the one already made, as "violated the ceasefire" is
        // in English: no truce of its own.
        (
            "Таджикская сторона нарушила режим прекращения огня у Кок-Таша.",
            &[(Accusation, "violations")],
        ),
        // The passive names the truce and no one who broke it: as "the ceasefire was
        // violated" in English, the truce alone.
        (
            "Режим прекращения огня нарушен у Кок-Таша.",
            &[(Ceasefire, "ceasefire")],
        ),
        (
            "Прекращение огня вступило в силу в 20:00.",
            &[(Ceasefire, "ceasefire")],
        ),
        (
            "Отвод войск от границы завершен.",
            &[(Withdrawal, "withdrawal")],
        ),
        (
            "Отводом войск занимается комиссия.",
            &[(Withdrawal, "withdrawal")],
        ),
        (
            "Стороны отвели войска от Воруха.",
            &[(Withdrawal, "withdrawal")],
        ),
        (
            "Переговорами в Баткене руководили главы ГКНБ.",
            &[(Talks, "negotiations")],
        ),
        (
            "На переговорах в Бишкеке обсуждали границу.",
            &[(Talks, "negotiations")],
        ),
        (
            "В ходе телефонного разговора президенты обсудили ситуацию.",
            &[(Talks, "phone call")],
        ),
        (
            "Визитом в Баткен министр показал поддержку.",
            &[(Visit, "visit")],
        ),
        (
            "Эвакуацию жителей Лейлекского района завершили.",
            &[(Displacement, "evacuation")],
        ),
        (
            "Эвакуированных разместили в Баткене.",
            &[(Displacement, "evacuation")],
        ),
        ("Задержанных доставили в Исфару.", &[(Arrest, "detention")]),
        (
            "Задержание двух граждан произошло у Воруха.",
            &[(Arrest, "detention")],
        ),
        (
            "Поджоги домов в Максате продолжались ночью.",
            &[(PropertyDestruction, "arson")],
        ),
        (
            "Дома в Максате подожжены.",
            &[(PropertyDestruction, "arson")],
        ),
        (
            "Беженцам из Баткенской области раздали палатки.",
            &[(Displacement, "refugees")],
        ),
        (
            "Нападением на пост в Ак-Сае занялась прокуратура.",
            &[(Attack, "attack")],
        ),
        (
            "Атаки беспилотников у Джермука продолжались.",
            &[(AirStrike, "drone")],
        ),
    ]);
}

/// Words that look like acts and are not.
#[test]
fn words_that_are_no_acts() {
    check_nothing(&[
        "На трассе произошло столкновение автомобилей.",
        "Это столкновение интересов двух ведомств.",
        "Это решение стало ударом по экономике.",
        "С наступлением темноты жители разошлись по домам.",
        "Предприятие столкнулось с проблемой нехватки кадров.",
        "Полицейские составили протокол об административном правонарушении.",
        "Министр отказался от комментариев.",
        "Пограничники обнаружили взрывчатку в тайнике.",
        "В студии прошла демонстрация силы звука.",
        "Это мина замедленного действия для экономики.",
        "Стороны обменялись встречными обвинениями в прессе.",
        "Ученики вернулись в школы.",
    ]);
}

#[test]
fn cues_set_the_status() {
    check_status(&[
        ("Переговоры пройдут в Бишкеке.", Status::Planned),
        (
            "Следующая встреча делегаций состоится в Баткене.",
            Status::Planned,
        ),
        (
            "Планируется провести встречу глав государств.",
            Status::Planned,
        ),
        ("Стороны намерены провести переговоры.", Status::Planned),
        ("Стороны договорились провести встречу.", Status::Planned),
        ("Стороны должны отвести войска от границы.", Status::Planned),
        // The perfective future is the present-tense form: what is to come.
        ("Президенты встретятся в Душанбе.", Status::Planned),
        ("Министр посетит Баткен.", Status::Planned),
        // An attribution set off by commas stands between the act and its planning word.
        (
            "Встречу министров, как сообщили в правительстве, планируется провести в Оше.",
            Status::Planned,
        ),
        (
            "Переговоры, по словам источника, пройдут в Душанбе.",
            Status::Planned,
        ),
        ("Стороны подпишут соглашение.", Status::Planned),
        ("Стороны отведут войска от границы.", Status::Planned),
        ("Президенты встретились в Душанбе.", Status::Occurred),
        (
            "Киргизия обвинила Таджикистан в обстреле села.",
            Status::Claimed,
        ),
        (
            "По версии Бишкека, таджикские военные обстреляли село.",
            Status::Claimed,
        ),
        ("Таджикские военные якобы обстреляли село.", Status::Claimed),
        (
            "Таджикские пограничники обстреляли кыргызское село.",
            Status::Occurred,
        ),
        (
            "Стороны подписали протокол о прекращении огня.",
            Status::Occurred,
        ),
    ]);
}

#[test]
fn negations_leave_no_act() {
    check_nothing(&[
        "Обстрела не было.",
        "Перестрелки не зафиксировано.",
        // The act the denied one governs is denied with it.
        "Ночью нарушений режима прекращения огня не зафиксировано.",
    ]);
}

/// A death toll: (low, best, high).
type Toll = (Option<u32>, Option<u32>, Option<u32>);

/// Tolls: each row's sentence and the death toll of its one incident.
#[test]
fn tolls_in_words_and_digits() {
    let rows: &[(&str, Toll)] = &[
        (
            "В перестрелке погибли 24 человека.",
            (Some(24), Some(24), Some(24)),
        ),
        (
            "В результате обстрела погибли двое пограничников.",
            (Some(2), Some(2), Some(2)),
        ),
        (
            "При обстреле погибли не менее пяти мирных жителей.",
            (Some(5), None, None),
        ),
        (
            "В ходе столкновений погибли более 30 человек.",
            (Some(31), None, None),
        ),
        (
            "В перестрелке погибли около 40 человек.",
            (None, Some(40), None),
        ),
        (
            "В ходе боев погибли десятки военнослужащих.",
            (Some(24), None, Some(99)),
        ),
        (
            "В ходе боев убиты три таджикских и один кыргызский военнослужащий.",
            (Some(4), Some(4), Some(4)),
        ),
        ("В перестрелке погиб пограничник.", (Some(1), None, None)),
    ];
    let mut failures = Vec::new();
    for (sentence, want) in rows {
        let x = read(sentence);
        let got: Vec<Toll> = x
            .incidents
            .iter()
            .map(|i| (i.fatalities.low, i.fatalities.best, i.fatalities.high))
            .collect();
        if got != [*want] {
            failures.push(format!("{sentence}\n    want {want:?}\n    got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The incident's bounds, as (earliest, latest).
fn span(sentence: &str) -> Vec<(Option<String>, Option<String>)> {
    read(sentence)
        .incidents
        .iter()
        .map(|i| {
            (
                i.date.earliest().map(|d| d.to_string()),
                i.date.latest().map(|d| d.to_string()),
            )
        })
        .collect()
}

/// A date after "до" is due-by day of a planned act: from the publication day (17 September
/// 2022) to then, not the day of whoever announced it, and not left open.
#[test]
fn a_planned_act_is_due_by_the_date_after_do() {
    let due = |to: &str| vec![(Some("2022-09-17".to_string()), Some(to.to_string()))];
    assert_eq!(
        span("Встречу президентов планируется провести до конца сентября."),
        due("2022-09-30")
    );
    assert_eq!(
        span("Отвод техники, как заявил в субботу Ташиев, планируется завершить до 25 сентября."),
        due("2022-09-25")
    );
    // Done already: "до" names what came after, and bounds nothing here.
    assert_ne!(
        span("Войска отвели до начала переговоров 15 сентября."),
        due("2022-09-15")
    );
}

/// "как заявил в субботу Ташиев": the day inside the attribution is the saying's, so the act
/// does not take it; after the comma that closes it, a day is the act's.
#[test]
fn the_day_inside_an_attribution_is_the_saying_s() {
    let x = read("Обстрел, как заявил в субботу министр, начался в пятницу.");
    let days: Vec<String> = x.incidents.iter().map(|i| i.date.to_edtf()).collect();
    assert_eq!(days, ["2022-09-16"], "{x:#?}");
    let x = read("Как заявили в Минобороны, утром в четверг таджикские военные обстреляли пост.");
    let days: Vec<String> = x.incidents.iter().map(|i| i.date.to_edtf()).collect();
    assert_eq!(days, ["2022-09-15"], "{x:#?}");
}

/// A weekly digest under weekday headings ("ПОНЕДЕЛЬНИК", "Вторник"), published on Saturday
/// 17 September 2022: an act told under a heading with no day of its own is of the heading's
/// day, and "в тот же день" counts from the heading, not from a date told above the sections.
#[test]
fn a_digest_under_russian_weekday_headings_dates_each_section() {
    let text = "ИТОГИ НЕДЕЛИ\n\nНеделя началась спокойно: в прошлое воскресенье жители приграничных сел отмечали праздник урожая.\n\nПОНЕДЕЛЬНИК\n\nУ села Кок-Таш произошла перестрелка между пограничниками.\n\nВторник\n\nВ Бишкеке стороны договорились о прекращении огня. В тот же день в Душанбе прошли переговоры делегаций.\n";
    let x = read(text);
    let day_of = |t: EventType| {
        x.incidents
            .iter()
            .find(|i| i.event_type == t)
            .map(|i| i.date.to_edtf())
    };
    assert_eq!(day_of(ArmedClash), Some("2022-09-12".into()), "{x:#?}");
    assert_eq!(day_of(Ceasefire), Some("2022-09-13".into()), "{x:#?}");
    assert_eq!(day_of(Talks), Some("2022-09-13".into()), "{x:#?}");
}

/// A chronology with run-in heads, one of them two days ("17–18 мая."): an act told under it
/// with no day of its own happened within them, not on the day of the section before.
#[test]
fn a_run_in_head_of_two_days_dates_its_section() {
    let text = "Хронология событий.\n\n14 мая. Несколько сотен жителей собрались на площади у здания администрации.\n\n16 мая. Колонна протестующих направилась к зданию администрации.\n\n17–18 мая. Жители соседнего района перекрыли трассу, чтобы не пропустить колонны бронетехники.\n";
    let x = read(text);
    let spans: Vec<String> = x.incidents.iter().map(|i| i.date.to_edtf()).collect();
    assert!(
        spans
            .iter()
            .any(|s| s == "2022-05-17/2022-05-18" || s == "[2022-05-17..2022-05-18]"),
        "{spans:?}"
    );
}
