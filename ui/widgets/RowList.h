// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QScrollArea>
#include <QString>

class QLabel;
class QVBoxLayout;

// A scrolling column of rows (a device, an event), with a text of its own while there are none.
// The lists of devices and of the account's activity are this with their own row type.
class RowList : public QScrollArea
{
    Q_OBJECT

public:
    // name: the object name; the placeholder is called name + "Placeholder".
    explicit RowList(const QString& name, QWidget* parent = nullptr);

    void setPlaceholderText(const QString& text);
    QLabel* placeholder() const { return m_placeholder; }

protected:
    // What a new row is made a child of, before addRow().
    QWidget* content() const { return m_content; }
    void addRow(QWidget* row);
    // Takes the row out at once (deleted later: it may be the sender of what led here).
    void removeRow(QWidget* row);
    void clearRows();
    template<typename Row> QList<Row*> rowsOf() const
    {
        return m_content->findChildren<Row*>(QString(), Qt::FindDirectChildrenOnly);
    }

private:
    void updatePlaceholder();

    QWidget* m_content;
    QVBoxLayout* m_rows;
    QLabel* m_placeholder;
};
