#include "ImportSchema.h"

#include "ImportFields.h"

#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// Parts of file names (lower case) that say which records a file holds. The longest part found
/// decides, so that "潜在客户" (prospects) is not taken for "客户" (customers).
const QList<std::pair<ImportRecordType, QStringList>>& nameHints() {
    static const QList<std::pair<ImportRecordType, QStringList>> hints{
        {ImportRecordType::Accounts,
         {u"account"_s, u"compan"_s, u"customer"_s, u"organi"_s, u"客户"_s, u"公司"_s, u"账户"_s}},
        {ImportRecordType::Contacts, {u"contact"_s, u"people"_s, u"person"_s, u"联系人"_s}},
        {ImportRecordType::Users, {u"user"_s, u"team"_s, u"staff"_s, u"用户"_s, u"团队"_s}},
        {ImportRecordType::Leads, {u"lead"_s, u"prospect"_s, u"线索"_s, u"潜在客户"_s}},
        {ImportRecordType::Products, {u"product"_s, u"catalog"_s, u"pricelist"_s, u"产品"_s, u"商品"_s}},
        {ImportRecordType::Opportunities, {u"opportunit"_s, u"deal"_s, u"pipeline"_s, u"商机"_s}},
        {ImportRecordType::Quotas, {u"quota"_s, u"target"_s, u"定额"_s, u"配额"_s, u"指标"_s}},
        {ImportRecordType::CommissionPlans, {u"commission"_s, u"佣金"_s, u"提成"_s}},
    };
    return hints;
}

/// The types whose hints name `fileName` best (several on a tie), or every type when none does.
QList<ImportRecordType> typesNamedBy(const QString& fileName) {
    const QString name = ImportSchema::headerKey(QFileInfo(fileName).completeBaseName());
    QList<ImportRecordType> types;
    qsizetype longest = 0;
    for (const auto& [type, hints] : nameHints()) {
        for (const QString& hint : hints) {
            if (!name.contains(hint) || hint.size() < longest)
                continue;
            if (hint.size() > longest)
                types.clear();
            longest = hint.size();
            if (!types.contains(type))
                types.append(type);
        }
    }
    if (types.isEmpty())
        for (const auto& hint : nameHints())
            types.append(hint.first);
    return types;
}

} // namespace

QStringList ImportSchema::typeNames() {
    return {u"accounts"_s, u"contacts"_s,      u"users"_s,  u"leads"_s,
            u"products"_s, u"opportunities"_s, u"quotas"_s, u"commission_plans"_s};
}

QString ImportSchema::typeName(ImportRecordType type) {
    return typeNames().at(int(type));
}

std::optional<ImportRecordType> ImportSchema::parseType(const QString& name) {
    const qsizetype index = typeNames().indexOf(name.trimmed().toLower());
    if (index < 0)
        return std::nullopt;
    return ImportRecordType(index);
}

QString ImportSchema::unknownTypeMessage(const QString& name) {
    return tr("unknown record type '%1'; available: %2").arg(name, typeNames().join(u", "_s));
}

QStringList ImportSchema::fields(ImportRecordType type) {
    QStringList names;
    for (const auto& info : importFields(type))
        names.append(info.name);
    return names;
}

QString ImportSchema::describe(ImportRecordType type, const QString& field) {
    for (const auto& info : importFields(type)) {
        if (info.name == field)
            return tr(info.description);
    }
    return {};
}

QString ImportSchema::label(ImportRecordType type, const QString& field) {
    for (const auto& info : importFields(type)) {
        if (info.name == field)
            return tr(info.label);
    }
    return field;
}

bool ImportSchema::isRequired(ImportRecordType type, const QString& field) {
    const auto& fields = importFields(type);
    return std::any_of(fields.cbegin(), fields.cend(),
                       [&](const ImportField& info) { return info.name == field && info.requirement > 0; });
}

QList<QStringList> ImportSchema::missingFields(ImportRecordType type, const QStringList& mappedFields) {
    QMap<int, QStringList> needs; // requirement -> its fields, in declaration order
    QSet<int> met;
    for (const auto& info : importFields(type)) {
        if (info.requirement == 0)
            continue;
        needs[info.requirement].append(info.name);
        if (mappedFields.contains(info.name))
            met.insert(info.requirement);
    }
    QList<QStringList> missing;
    for (auto it = needs.cbegin(); it != needs.cend(); ++it)
        if (!met.contains(it.key()))
            missing.append(it.value());
    return missing;
}

QString ImportSchema::missingFieldsMessage(ImportRecordType type, const QStringList& mappedFields) {
    const QList<QStringList> missing = missingFields(type, mappedFields);
    QStringList needs;
    for (const QStringList& alternatives : missing) {
        QString need;
        for (const QString& field : alternatives) {
            const QString quoted = tr("“%1”").arg(label(type, field));
            need = need.isEmpty() ? quoted : tr("%1 or %2").arg(need, quoted);
        }
        needs.append(need);
    }
    if (needs.isEmpty())
        return {};
    const QString list = QLocale().createSeparatedList(needs);
    return needs.size() == 1
               ? tr("Choose a column for %1: every new record needs it, so without it each row would be refused.")
                     .arg(list)
               : tr("Choose columns for %1: every new record needs them, so without them each row would be refused.")
                     .arg(list);
}

QString ImportSchema::headerKey(const QString& text) {
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.')
            continue;
        key.append(c.toLower());
    }
    return key;
}

qsizetype ImportSchema::defaultColumn(ImportRecordType type, const QString& field, const QStringList& header) {
    QStringList keys;
    keys.reserve(header.size());
    for (const auto& column : header)
        keys.append(headerKey(column));
    for (const auto& info : importFields(type)) {
        if (info.name != field)
            continue;
        if (const qsizetype exact = keys.indexOf(headerKey(info.name)); exact >= 0)
            return exact;
        for (const auto& alias : info.aliases) {
            if (const qsizetype index = keys.indexOf(alias); index >= 0)
                return index;
        }
    }
    return -1;
}

std::optional<ImportRecordType> ImportSchema::guessType(const QString& fileName, const QStringList& header) {
    const QList<ImportRecordType> named = typesNamedBy(fileName);
    if (named.size() == 1)
        return named.constFirst();
    std::optional<ImportRecordType> best;
    qsizetype bestScore = 0;
    for (const ImportRecordType type : named) {
        const QStringList names = fields(type);
        const auto score = std::count_if(names.cbegin(), names.cend(),
                                         [&](const QString& field) { return defaultColumn(type, field, header) >= 0; });
        if (score > bestScore) {
            best = type;
            bestScore = score;
        }
    }
    return best;
}

} // namespace Fieldbook
