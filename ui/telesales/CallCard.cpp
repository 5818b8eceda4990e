#include "CallCard.h"

#include "domain/Activity.h"
#include "domain/Contact.h"
#include "domain/Lead.h"
#include "domain/MoneyText.h"
#include "domain/Pipeline.h"
#include "domain/Quote.h"
#include "common/Clock.h"
#include "store/records/AccountRepository.h"
#include "store/records/ActivityRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/LeadRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/PipelineRepository.h"
#include "store/records/QuoteRepository.h"
#include "store/records/UserRepository.h"

#include <QDateTime>
#include <QVBoxLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Fieldbook {

struct CallCard::Person {
    QString firstName;
    QString lastName;
    QString company;
    QString accountId;
    QString ownerName;
    QStringList phones;
};

namespace {

QLabel* wrapped(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

} // namespace

CallCard::CallCard(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_name(new QLabel(this))
    , m_context(wrapped(this, u"callContext"_s))
    , m_numbers(new QWidget(this))
    , m_history(wrapped(this, u"callHistory"_s))
    , m_opportunities(wrapped(this, u"callOpportunities"_s))
    , m_quotes(wrapped(this, u"callQuotes"_s))
    , m_script(wrapped(this, u"callScript"_s)) {
    setObjectName(u"callCard"_s);
    m_name->setObjectName(u"callName"_s);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    new QHBoxLayout(m_numbers);
    m_numbers->layout()->setContentsMargins(0, 0, 0, 0);
    // Captions over their contents: wrapped text gets the card's whole width on a laptop.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_context);
    for (auto [caption, content] :
         {std::pair{tr("Numbers"), m_numbers}, std::pair{tr("Script"), static_cast<QWidget*>(m_script)},
          std::pair{tr("Last interactions"), static_cast<QWidget*>(m_history)},
          std::pair{tr("Open opportunities"), static_cast<QWidget*>(m_opportunities)},
          std::pair{tr("Open quotes"), static_cast<QWidget*>(m_quotes)}}) {
        auto* title = new QLabel(caption, this);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        layout->addSpacing(6);
        layout->addWidget(title);
        layout->addWidget(content);
    }
    layout->addStretch(1);
}

CallCard::Person CallCard::personOf(const CallListEntry& entry) const {
    // Each record is read only when the entry names it: this runs for every call shown.
    Person p;
    QString ownerId;
    if (auto contact = entry.contactId.isEmpty() ? Result<Contact>(std::unexpected(Error{}))
                                                 : ContactRepository(m_db).get(entry.contactId)) {
        p = {contact->firstName, contact->lastName, {}, contact->accountId, {}, {}};
        for (const ContactPoint& phone : contact->phones)
            p.phones.append(phone.value);
        ownerId = contact->ownerId;
    } else if (auto lead = entry.leadId.isEmpty() ? Result<Lead>(std::unexpected(Error{}))
                                                  : LeadRepository(m_db).get(entry.leadId)) {
        p = {lead->firstName, lead->lastName, lead->company, {}, {}, {lead->phone}};
        ownerId = lead->ownerId;
    }
    if (!ownerId.isEmpty())
        if (auto owner = UserRepository(m_db).get(ownerId))
            p.ownerName = owner->name;
    if (p.accountId.isEmpty())
        p.accountId = entry.accountId;
    if (!p.accountId.isEmpty())
        if (auto account = AccountRepository(m_db).get(p.accountId))
            p.company = account->name;
    return p;
}

void CallCard::show(const CallListEntry& entry, const CallList& list) {
    const Person p = personOf(entry);
    m_name->setText(entry.name.isEmpty() ? entry.phone : entry.name);
    QStringList context{p.company, list.name};
    context.append(tr("call %1 of %2").arg(entry.attempts + 1).arg(list.maxAttempts));
    if (entry.callbackAt > 0)
        context.append(
            tr("callback agreed for %1")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.callbackAt), QLocale::ShortFormat)));
    context.removeAll(QString());
    m_context->setText(context.join(u"  ·  "_s));
    showNumbers(entry, p.phones);
    const QString lastOrder = showOpportunities(p.accountId);
    m_script->setText(fillCallScript(list.script, {{u"first_name"_s, p.firstName},
                                                   {u"last_name"_s, p.lastName},
                                                   {u"company"_s, p.company},
                                                   {u"owner"_s, p.ownerName},
                                                   {u"last_order"_s, lastOrder},
                                                   {u"name"_s, entry.name}}));
    showHistory(entry);
    showQuotes(p.accountId);
}

QString CallCard::script() const {
    return m_script->text();
}

void CallCard::showNumbers(const CallListEntry& entry, const QStringList& phones) {
    while (QLayoutItem* item = m_numbers->layout()->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList numbers{entry.phone};
    for (const QString& phone : phones) // the entry's own number written another way is not shown twice
        if (const QString digits = QString(phone).remove(QRegularExpression(u"[^+0-9]"_s));
            !phone.isEmpty() && digits != entry.phone && !numbers.contains(phone))
            numbers.append(phone);
    for (const QString& number : numbers) {
        auto* dial = new QPushButton(number, m_numbers);
        dial->setObjectName(u"dialNumber"_s);
        dial->setToolTip(number == entry.phone ? tr("Dial this number (Ctrl+D)") : tr("Dial this number"));
        connect(dial, &QPushButton::clicked, this, [this, number] { emit dialRequested(number); });
        m_numbers->layout()->addWidget(dial);
    }
    static_cast<QHBoxLayout*>(m_numbers->layout())->addStretch(1);
}

void CallCard::showHistory(const CallListEntry& entry) {
    const auto activities = !entry.contactId.isEmpty()   ? ActivityRepository(m_db).forContact(entry.contactId, 5)
                            : !entry.leadId.isEmpty()    ? ActivityRepository(m_db).forLead(entry.leadId, 5)
                            : !entry.accountId.isEmpty() ? ActivityRepository(m_db).forAccount(entry.accountId, 5)
                                                         : Result<QList<Activity>>(QList<Activity>());
    QStringList lines;
    for (const Activity& a : activities.value_or(QList<Activity>())) {
        QString line = QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.startsAt).date(), QLocale::ShortFormat) +
                       u"  "_s + activityKindLabel(a.kind) + u"  "_s + a.subject;
        if (!a.outcome.isEmpty())
            line += u" ("_s + callOutcomeName(a.outcome) + u')';
        lines.append(line);
    }
    m_history->setText(lines.isEmpty() ? tr("None yet") : lines.join(u'\n'));
}

namespace {

QString moneyText(qint64 amount, const QString& currency) {
    return MoneyText::format(amount, QLocale(), MoneyText::decimalsFor(currency)) + u' ' + currency;
}

} // namespace

QString CallCard::showOpportunities(const QString& accountId) {
    QStringList lines;
    const QList<Opportunity> deals =
        accountId.isEmpty() ? QList<Opportunity>()
                            : OpportunityRepository(m_db).forAccount(accountId).value_or(QList<Opportunity>());
    const QList<Pipeline> pipelines = PipelineRepository(m_db).pipelines(true).value_or(QList<Pipeline>());
    const Opportunity* lastWon = nullptr;
    for (const Opportunity& o : deals) {
        const Pipeline* pipeline = nullptr;
        for (const Pipeline& candidate : pipelines)
            if (candidate.key == o.pipeline)
                pipeline = &candidate;
        const PipelineStage* stage = pipeline ? pipeline->stage(o.stage) : nullptr;
        if (stage && stage->outcome == StageOutcome::Won && (!lastWon || o.closeDate > lastWon->closeDate))
            lastWon = &o;
        if (stage && stage->outcome != StageOutcome::Open)
            continue;
        lines.append(o.name + u"  "_s + (stage ? stage->name : o.stage) + u"  "_s + moneyText(o.amount, o.currency));
    }
    m_opportunities->setText(lines.isEmpty() ? tr("None") : lines.join(u'\n'));
    if (!lastWon)
        return {};
    // {last_order}: the account's latest won deal, as a rep says it ("Fleet renewal, 12,000.00 EUR, 3 May 2026").
    return tr("%1, %2, %3")
        .arg(lastWon->name, moneyText(lastWon->amount, lastWon->currency),
             QLocale().toString(lastWon->closeDate, QLocale::LongFormat));
}

void CallCard::showQuotes(const QString& accountId) {
    QStringList lines;
    const QDate today = Clock::today();
    const QList<Quote> quotes =
        accountId.isEmpty() ? QList<Quote>() : QuoteRepository(m_db).forAccount(accountId).value_or(QList<Quote>());
    for (const Quote& q : quotes) {
        const QuoteStatus status = q.effectiveStatus(today);
        if (status != QuoteStatus::Draft && status != QuoteStatus::Sent)
            continue;
        QString line = q.displayNumber() + u"  "_s + q.title + u"  "_s + quoteStatusName(status);
        if (auto totals = QuoteRepository(m_db).totals(q.id))
            line += u"  "_s + moneyText(totals->grandTotal, q.currency);
        if (q.validUntil.isValid())
            line += u"  "_s + tr("valid until %1").arg(QLocale().toString(q.validUntil, QLocale::ShortFormat));
        lines.append(line);
    }
    m_quotes->setText(lines.isEmpty() ? tr("None") : lines.join(u'\n'));
}

} // namespace Fieldbook
