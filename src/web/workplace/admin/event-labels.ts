/** Readable Russian names for the audit log's actions and entity types (SEC-2). */
export const actionLabels: Record<string, string> = {
  'auth.login': 'Вход в систему',
  'auth.login_failed': 'Неудачная попытка входа',
  'auth.locked': 'Блокировка после неудачных попыток входа',
  'auth.logout': 'Выход из системы',
  'auth.password_changed': 'Смена пароля',
  'auth.acting_for_started': 'Начало работы за замещаемого сотрудника',
  'auth.acting_for_ended': 'Окончание работы за замещаемого сотрудника',
  'user.created': 'Создание пользователя',
  'user.updated': 'Изменение пользователя',
  'user.deactivated': 'Отключение учётной записи',
  'user.activated': 'Включение учётной записи',
  'user.password_reset': 'Сброс пароля администратором',
  'unit.created': 'Создание подразделения',
  'unit.updated': 'Изменение подразделения',
  'position.created': 'Создание должности',
  'position.updated': 'Изменение должности',
  'official.created': 'Создание должностного лица',
  'official.updated': 'Изменение должностного лица',
  'organisation.created': 'Внесение реквизитов организации',
  'organisation.updated': 'Изменение реквизитов организации',
  'substitution.created': 'Назначение замещения',
  'substitution.cancelled': 'Отмена замещения',
  'calendar.year_loaded': 'Загрузка года производственного календаря из поставки',
  'calendar.year_updated_by_release': 'Обновление года производственного календаря из поставки',
  'calendar.day_changed': 'Изменение вида дня производственного календаря',
  'calendar.year_confirmed': 'Подтверждение года производственного календаря',
  'calendar.year_imported': 'Загрузка года производственного календаря из XML',
  'classifier.edition_loaded': 'Загрузка классификатора ТОТК',
  'classifier.edition_imported': 'Загрузка новой редакции классификатора ТОТК',
  'external_body.seeded': 'Заполнение справочника органов',
  'external_body.created': 'Добавление органа в справочник',
  'external_body.updated': 'Изменение сведений об органе',
  'appeal.registered': 'Регистрация обращения',
  'appeal.updated': 'Исправление регистрационной карточки',
  'appeal.annulled': 'Аннулирование обращения',
  'notice.queued': 'Уведомление о регистрации сформировано и поставлено в очередь отправки',
  'document.printed': 'Документ напечатан и передан на отправку почтой',
  'mail-opening-act.drawn-up': 'Составлен акт о вскрытии почтового отправления',
  'template.created': 'Создание шаблона документа по умолчанию',
  'template.replaced': 'Замена шаблона документа',
  'template.reset': 'Возврат шаблона документа по умолчанию',
  'attachment.added': 'Добавление приложения к обращению',
  'attachment.removed': 'Исключение приложения из обращения',
  'journal_filter.saved': 'Сохранение фильтра журнала регистрации',
  'journal_filter.deleted': 'Удаление фильтра журнала регистрации',
  'journal.exported': 'Выгрузка журнала регистрации в Excel',
};

export const entityLabels: Record<string, string> = {
  user: 'Пользователь',
  unit: 'Подразделение',
  position: 'Должность',
  official: 'Должностное лицо',
  organisation: 'Организация',
  substitution: 'Замещение',
  calendar: 'Производственный календарь',
  classifier: 'Классификатор ТОТК',
  external_body: 'Орган (справочник)',
  appeal: 'Обращение',
  outgoing_document: 'Исходящий документ',
  document_template: 'Шаблон документа',
  journal_filter: 'Фильтр журнала регистрации',
  journal: 'Журнал регистрации',
};

export function actionLabel(action: string): string {
  return actionLabels[action] ?? action;
}

export function entityLabel(type: string): string {
  return entityLabels[type] ?? type;
}
