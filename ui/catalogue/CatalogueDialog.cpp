#include "CatalogueDialog.h"

#include "PriceListsTab.h"
#include "ProductsTab.h"
#include "store/records/CatalogRepository.h"
#include "store/db/Database.h"
#include "protocol/RecordType.h"
#include "store/db/RecordWatch.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

CatalogueDialog::CatalogueDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_banner(new MessageBanner(this))
    , m_readOnly(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_products(new ProductsTab(db, m_banner, m_tabs))
    , m_priceLists(new PriceListsTab(db, m_banner, m_tabs)) {
    setObjectName(u"catalogueDialog"_s);
    setWindowTitle(tr("Products and price lists"));
    m_banner->setObjectName(u"catalogueBanner"_s);
    m_readOnly->setObjectName(u"readOnlyNotice"_s);
    m_readOnly->setText(tr("You can look up products and prices here; only managers and admins change the "
                           "catalogue."));
    m_readOnly->setWordWrap(true);
    m_readOnly->setForegroundRole(QPalette::PlaceholderText);
    m_tabs->setObjectName(u"catalogueTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_products, tr("&Products"));
    m_tabs->addTab(m_priceLists, tr("Price &lists"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    createShortcuts();

    // A role changed by the organisation reaches this store with sync.
    RecordWatch(db, this).reload({&RecordType::users()}, [this] { updateEditable(); });
    connect(m_tabs, &QTabWidget::currentChanged, m_banner, &MessageBanner::hideMessage);
    updateEditable();

    QSettings settings;
    if (!restoreGeometry(settings.value(u"catalogue/geometry"_s).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        resize(std::min(1180, available.width() * 9 / 10), std::min(760, available.height() * 9 / 10));
    }
}

CatalogueDialog::~CatalogueDialog() {
    QSettings settings;
    settings.setValue(u"catalogue/geometry"_s, saveGeometry());
}

void CatalogueDialog::createShortcuts() {
    // The keys belong to the window and act on the tab in front, wherever the focus is in it.
    auto add = [this](const QKeySequence& key, auto onProducts, auto onPriceLists) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, onProducts, onPriceLists] {
            if (m_tabs->currentWidget() == m_products)
                onProducts();
            else
                onPriceLists();
        });
    };
    const auto trigger = [](QAction* action) {
        if (action->isEnabled())
            action->trigger();
    };
    add(
        QKeySequence(Qt::CTRL | Qt::Key_N), [this, trigger] { trigger(m_products->newProductAction()); },
        [this, trigger] { trigger(m_priceLists->addPriceAction()); });
    add(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this, trigger] { trigger(m_products->addPriceAction()); },
        [this, trigger] { trigger(m_priceLists->newListAction()); });
    add(
        QKeySequence::Find, [this] { m_products->focusSearch(); }, [this] { m_priceLists->focusSearch(); });
}

void CatalogueDialog::showProducts() {
    m_tabs->setCurrentWidget(m_products);
}

void CatalogueDialog::showPriceLists() {
    m_tabs->setCurrentWidget(m_priceLists);
}

void CatalogueDialog::updateEditable() {
    m_editable = CatalogRepository(m_db).canEdit();
    m_readOnly->setVisible(!m_editable);
    m_products->setEditable(m_editable);
    m_priceLists->setEditable(m_editable);
}

} // namespace Fieldbook
