// Written by `npm run callout-labels` from @docusaurus/theme-translations 3.10.2 (MIT): the
// words Docusaurus labels its admonitions with, by locale. Do not edit; run the script after an upgrade.

/** A callout kind's label by locale (lower case, as `lang` is compared) and kind. */
export const calloutLabels: Record<string, Record<string, string>> = {
  ar: { note: 'ملاحظة', tip: 'تلميح', info: 'معلومات', caution: 'حذر', danger: 'خطر' },
  bg: { note: 'Бележка', tip: 'Съвет', info: 'Информация', warning: 'Внимание', caution: 'Внимание', danger: 'Опасност' },
  de: { note: 'hinweis', tip: 'tipp', warning: 'warnung', caution: 'vorsicht', danger: 'gefahr' },
  es: { note: 'nota', tip: 'consejo', info: 'información', warning: 'aviso', caution: 'precaución', danger: 'peligro' },
  et: { note: 'teade', tip: 'nõuanne', warning: 'hoiatus', caution: 'hoiatus', danger: 'oht' },
  fa: { note: 'یادداشت', tip: 'نکته', info: 'اطلاع', warning: 'هشدار', caution: 'توجه', danger: 'اخطار' },
  fr: { note: 'remarque', tip: 'astuce', warning: 'attention', caution: 'attention' },
  hu: { note: 'megjegyzés', tip: 'tanács', info: 'információ', warning: 'vigyázat', caution: 'figyelem', danger: 'veszély' },
  id: { note: 'catatan', warning: 'peringatan', caution: 'waspada', danger: 'bahaya' },
  is: { note: 'athugasemd', tip: 'ábending', info: 'upplýsingar', warning: 'aðvörun', caution: 'varúð', danger: 'hætta' },
  it: { tip: 'suggerimento', info: 'informazioni', caution: 'attenzione', danger: 'pericolo' },
  ja: { note: '注記', tip: 'ヒント', info: '備考', warning: '警告', caution: '注意', danger: '危険' },
  ko: { note: '노트', tip: '팁', info: '정보', warning: '경고', caution: '주의', danger: '위험' },
  nb: { note: 'merknad', tip: 'tips', caution: 'forsiktig', danger: 'fare' },
  nl: { note: 'notitie', warning: 'waarschuwing', caution: 'pas op', danger: 'gevaar' },
  pl: { note: 'notatka', tip: 'wskazówka', info: 'informacja', warning: 'ostrzeżenie', caution: 'uwaga', danger: 'ważne' },
  'pt-br': { note: 'observação', tip: 'dica', info: 'informação', warning: 'aviso', caution: 'cuidado', danger: 'perigo' },
  ru: { note: 'примечание', tip: 'подсказка', info: 'к сведению', caution: 'предупреждение', danger: 'осторожно' },
  sl: { note: 'opomba', tip: 'namig', info: 'informacija', warning: 'opozorilo', caution: 'pozor', danger: 'nevarnost' },
  sv: { note: 'anteckning', tip: 'tips', caution: 'varning', danger: 'risk' },
  tk: { note: 'bellik', tip: 'maslahat', info: 'maglumat', warning: 'duýduryş', caution: 'duýduryş', danger: 'howp' },
  tr: { note: 'not', tip: 'ipucu', info: 'bilgi', warning: 'uyarı', caution: 'uyarı', danger: 'tehlike' },
  uk: { note: 'примітка', tip: 'порада', info: 'інформація', warning: 'попередження', caution: 'обережно', danger: 'небезпека' },
  ur: { note: 'نوٹ', tip: 'ٹپ', info: 'معلومات', warning: 'انتباہ', caution: 'احتیاط', danger: 'خطرہ' },
  vi: { note: 'ghi chú', tip: 'mẹo', info: 'thông tin', warning: 'cảnh báo', caution: 'cẩn thận', danger: 'cảnh báo' },
  'zh-hans': { note: '备注', tip: '提示', info: '信息', warning: '注意', caution: '警告', danger: '危险' },
  'zh-hant': { note: '備註', tip: '提示', info: '資訊', warning: '注意', caution: '警告', danger: '危險' },
}
