#include "Pipeline.h"

#include "common/KeyTable.h"

#include "QuoteMath.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The built-in names: the standard pipeline's (under its key) and its stages'.
struct BuiltInName {
    const char16_t* key;
    const char* text;
};
constexpr BuiltInName kStandardPipeline{u"standard", QT_TRANSLATE_NOOP("Pipeline", "Standard sales")};
constexpr BuiltInName kStandardStages[] = {
    {u"prospecting", QT_TRANSLATE_NOOP("Pipeline", "Prospecting")},
    {u"qualification", QT_TRANSLATE_NOOP("Pipeline", "Qualification")},
    {u"proposal", QT_TRANSLATE_NOOP("Pipeline", "Proposal")},
    {u"negotiation", QT_TRANSLATE_NOOP("Pipeline", "Negotiation")},
    {u"won", QT_TRANSLATE_NOOP("Pipeline", "Won")},
    {u"lost", QT_TRANSLATE_NOOP("Pipeline", "Lost")},
};

const BuiltInName* builtInStage(const QString& key) {
    for (const BuiltInName& n : kStandardStages)
        if (key == QStringView(n.key))
            return &n;
    return nullptr;
}

/// `stored` as shown: the translation of an untouched built-in name, else as the organisation named it.
QString shownName(const BuiltInName* builtIn, const QString& stored) {
    if (!builtIn)
        return stored;
    const QString english = QString::fromUtf8(builtIn->text);
    const QString translated = QCoreApplication::translate("Pipeline", builtIn->text);
    return stored.isEmpty() || stored == english || stored == translated ? translated : stored;
}

/// `shown` as stored: an untouched built-in name in English, so every language can translate it.
QString storedName(const BuiltInName* builtIn, const QString& shown) {
    if (builtIn && shown == QCoreApplication::translate("Pipeline", builtIn->text))
        return QString::fromUtf8(builtIn->text);
    return shown;
}

const BuiltInName* builtInPipeline(const QString& key) {
    return key == QStringView(kStandardPipeline.key) ? &kStandardPipeline : nullptr;
}

} // namespace

Pipeline Pipeline::standard() {
    using C = ForecastCategory;
    using O = StageOutcome;
    return withShownNames({u"standard"_s,
                           {},
                           {{u"prospecting"_s, {}, 10, C::Pipeline, O::Open},
                            {u"qualification"_s, {}, 25, C::Pipeline, O::Open},
                            {u"proposal"_s, {}, 50, C::BestCase, O::Open},
                            {u"negotiation"_s, {}, 75, C::Commit, O::Open},
                            {u"won"_s, {}, 100, C::Closed, O::Won},
                            {u"lost"_s, {}, 0, C::Omitted, O::Lost}}});
}

QString pipelineName(const QString& key, const QString& storedName) {
    return shownName(builtInPipeline(key), storedName);
}

QString stageName(const QString& stageKey, const QString& storedName) {
    return shownName(builtInStage(stageKey), storedName);
}

Pipeline withShownNames(Pipeline stored) {
    stored.name = pipelineName(stored.key, stored.name);
    for (PipelineStage& stage : stored.stages)
        stage.name = stageName(stage.key, stage.name);
    return stored;
}

Pipeline withStoredNames(Pipeline shown) {
    shown.name = storedName(builtInPipeline(shown.key), shown.name);
    for (PipelineStage& stage : shown.stages)
        stage.name = storedName(builtInStage(stage.key), stage.name);
    return shown;
}

Result<void> Pipeline::validate() const {
    auto refuse = [](const QString& message) {
        return fail(ErrorCode::InvalidInput, message);
    };
    if (key.trimmed().isEmpty() || name.trimmed().isEmpty())
        return refuse(QCoreApplication::translate("Pipeline", "A pipeline needs a name."));
    QSet<QString> keys;
    QSet<QString> names;
    int open = 0;
    int won = 0;
    int lost = 0;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const PipelineStage& s = stages.at(i);
        const QString label = s.name.trimmed().isEmpty() ? s.key : s.name;
        if (s.key.trimmed().isEmpty() || s.name.trimmed().isEmpty())
            return refuse(QCoreApplication::translate("Pipeline", "Stage %1 needs a name.").arg(i + 1));
        if (keys.contains(s.key) || names.contains(s.name.trimmed().toCaseFolded()))
            return refuse(QCoreApplication::translate("Pipeline", "There are two stages called \"%1\".").arg(label));
        keys.insert(s.key);
        names.insert(s.name.trimmed().toCaseFolded());
        if (s.probability < 0 || s.probability > 100)
            return refuse(
                QCoreApplication::translate("Pipeline", "The probability of \"%1\" must be between 0 and 100 %.")
                    .arg(label));
        switch (s.outcome) {
        case StageOutcome::Open:
            if (won + lost > 0)
                return refuse(
                    QCoreApplication::translate("Pipeline", "The open stage \"%1\" must come before Won and Lost.")
                        .arg(label));
            if (s.category == ForecastCategory::Closed || s.category == ForecastCategory::Omitted)
                return refuse(QCoreApplication::translate(
                                  "Pipeline", "The open stage \"%1\" must forecast as Pipeline, Best case or Commit.")
                                  .arg(label));
            ++open;
            break;
        case StageOutcome::Won:
            if (s.probability != 100 || s.category != ForecastCategory::Closed)
                return refuse(QCoreApplication::translate("Pipeline",
                                                          "The won stage \"%1\" must be 100 % and forecast as Closed.")
                                  .arg(label));
            ++won;
            break;
        case StageOutcome::Lost:
            if (s.probability != 0 || s.category != ForecastCategory::Omitted)
                return refuse(QCoreApplication::translate("Pipeline",
                                                          "The lost stage \"%1\" must be 0 % and forecast as Omitted.")
                                  .arg(label));
            ++lost;
            break;
        }
    }
    if (open == 0)
        return refuse(QCoreApplication::translate("Pipeline", "A pipeline needs at least one open stage."));
    if (won != 1 || lost != 1)
        return refuse(QCoreApplication::translate("Pipeline", "A pipeline needs exactly one Won and one Lost stage."));
    return {};
}

qsizetype Pipeline::indexOf(const QString& stageKey) const {
    const auto it =
        std::find_if(stages.cbegin(), stages.cend(), [&](const PipelineStage& s) { return s.key == stageKey; });
    return it == stages.cend() ? -1 : it - stages.cbegin();
}

const PipelineStage* Pipeline::stage(const QString& stageKey) const {
    const qsizetype i = indexOf(stageKey);
    return i < 0 ? nullptr : &stages.at(i);
}

const PipelineStage& Pipeline::won() const {
    const auto it = std::find_if(stages.cbegin(), stages.cend(),
                                 [](const PipelineStage& s) { return s.outcome == StageOutcome::Won; });
    Q_ASSERT(it != stages.cend()); // validate() guarantees it
    return *it;
}

const PipelineStage& Pipeline::lost() const {
    const auto it = std::find_if(stages.cbegin(), stages.cend(),
                                 [](const PipelineStage& s) { return s.outcome == StageOutcome::Lost; });
    Q_ASSERT(it != stages.cend());
    return *it;
}

qint64 weightedAmount(qint64 amountMinor, int probability) {
    Q_ASSERT(probability >= 0 && probability <= 100);
    // At most the amount itself, so it always fits.
    return *divideRounded(Int128(amountMinor) * probability, 100);
}

namespace {

constexpr KeyName<ForecastCategory> kCategories[] = {
    {ForecastCategory::Pipeline, u"pipeline", QT_TRANSLATE_NOOP("Pipeline", "Pipeline")},
    {ForecastCategory::BestCase, u"best_case", QT_TRANSLATE_NOOP("Pipeline", "Best case")},
    {ForecastCategory::Commit, u"commit", QT_TRANSLATE_NOOP("Pipeline", "Commit")},
    {ForecastCategory::Closed, u"closed", QT_TRANSLATE_NOOP("Pipeline", "Closed")},
    {ForecastCategory::Omitted, u"omitted", QT_TRANSLATE_NOOP("Pipeline", "Omitted")},
};

} // namespace

QString forecastCategoryKey(ForecastCategory category) {
    return keyOf(kCategories, category);
}

bool parseForecastCategory(const QString& key, ForecastCategory* category) {
    return parseKey(kCategories, key, category);
}

QString forecastCategoryName(ForecastCategory category) {
    return QCoreApplication::translate("Pipeline", nameOf(kCategories, category));
}

namespace {

constexpr KeyName<StageOutcome> kOutcomes[] = {
    {StageOutcome::Open, u"open", QT_TRANSLATE_NOOP("Pipeline", "Open")},
    {StageOutcome::Won, u"won", QT_TRANSLATE_NOOP("Pipeline", "Won")},
    {StageOutcome::Lost, u"lost", QT_TRANSLATE_NOOP("Pipeline", "Lost")},
};

const QString kKey = u"key"_s;
const QString kName = u"name"_s;
const QString kProbability = u"probability"_s;
const QString kCategory = u"category"_s;
const QString kOutcome = u"outcome"_s;

QJsonArray jsonArray(const QString& text) {
    return text.isEmpty() ? QJsonArray() : QJsonDocument::fromJson(text.toUtf8()).array();
}

ForecastCategory usualCategory(StageOutcome outcome) {
    switch (outcome) {
    case StageOutcome::Won:
        return ForecastCategory::Closed;
    case StageOutcome::Lost:
        return ForecastCategory::Omitted;
    case StageOutcome::Open:
        break;
    }
    return ForecastCategory::Pipeline;
}

} // namespace

QString stageOutcomeKey(StageOutcome outcome) {
    return keyOf(kOutcomes, outcome);
}

bool parseStageOutcome(const QString& key, StageOutcome* outcome) {
    return parseKey(kOutcomes, key, outcome);
}

QString stageOutcomeName(StageOutcome outcome) {
    return QCoreApplication::translate("Pipeline", nameOf(kOutcomes, outcome));
}

QString stagesToJson(const QList<PipelineStage>& stages, const QString& previous) {
    QHash<QString, QJsonObject> before;
    for (const QJsonValue& v : jsonArray(previous)) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(kKey).toString();
        if (!key.isEmpty() && !before.contains(key)) // the first one, as stagesFromJson() reads it
            before.insert(key, o);
    }
    QJsonArray array;
    for (const PipelineStage& s : stages) {
        QJsonObject o = before.value(s.key);
        o.insert(kKey, s.key);
        o.insert(kName, s.name);
        o.insert(kProbability, s.probability);
        o.insert(kCategory, forecastCategoryKey(s.category));
        o.insert(kOutcome, stageOutcomeKey(s.outcome));
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<PipelineStage> stagesFromJson(const QString& json) {
    QList<PipelineStage> stages;
    QSet<QString> keys;
    for (const QJsonValue& v : jsonArray(json)) {
        const QJsonObject o = v.toObject();
        PipelineStage s;
        s.key = o.value(kKey).toString();
        if (s.key.isEmpty() || keys.contains(s.key))
            continue;
        keys.insert(s.key);
        s.name = o.value(kName).toString();
        if (s.name.trimmed().isEmpty())
            s.name = s.key;
        if (!parseStageOutcome(o.value(kOutcome).toString(), &s.outcome))
            s.outcome = StageOutcome::Open;
        if (!parseForecastCategory(o.value(kCategory).toString(), &s.category))
            s.category = usualCategory(s.outcome);
        const double fallback = s.outcome == StageOutcome::Won ? 100 : 0;
        s.probability = qRound(std::clamp(o.value(kProbability).toDouble(fallback), 0.0, 100.0));
        stages.append(s);
    }
    return stages;
}

} // namespace Fieldbook
