/**
 * Default sector of a figure: the sub-area of the report it sits in. Each
 * anchor is the opening words of a sub-area or topic sentence (found by its
 * text, in report order); a figure takes the sector of the last anchor before
 * it. The curation step may still override a figure's sector.
 */
export const SECTOR_ANCHORS: [anchor: string, sectorId: string][] = [
  // 一、2023年工作回顧
  ['一、2023年工作回顧', 'economy'],
  ['(一)產業結構更趨優化', 'agriculture'],
  ['工業動能持續加強', 'industry-energy'],
  ['現代服務業提速發展', 'services-commerce'],
  // Banking belongs to services and commerce (docs/taxonomy.md), like the loan indicators.
  ['金融機構貸款', 'services-commerce'],
  ['農村電子商務快速發展', 'services-commerce'],
  ['(二)發展活力顯著增強', 'investment-business'],
  ['(三)城鄉融合加快推進', 'urban-development'],
  ['新建5G基站', 'digital-economy'],
  ['我市成功入選以縣城為重要載體', 'urban-development'],
  ['鄉村振興全面推進', 'rural-revitalisation'],
  ['(四)文化事業蓬勃發展', 'culture-tourism'],
  ['(五)生態環境不斷改善', 'environment'],
  ['(六)民生福祉持續提升', 'social-welfare'],
  ['接力舉辦第15屆愛心助學活動', 'education'],
  ['全年城鎮新增就業', 'employment'],
  ['共發放城鄉低保', 'social-welfare'],
  ['公共服務擴容提質', 'education'],
  ['新人民醫院和婦計中心項目', 'health'],
  ['大張鎮霍東社區', 'social-welfare'],
  ['27個健康小屋', 'health'],
  ['新增兩個五人制足球場', 'culture-tourism'],
  ['(七)社會大局和諧穩定', 'safety-governance'],
  // 二、2024年工作安排
  ['二、2024年工作安排', 'economy'],
  ['(一)聚焦經濟平穩健康發展', 'investment-business'],
  ['規模以上工業增加值完成', 'industry-energy'],
  ['高標準高質量完成省定', 'investment-business'],
  ['持續激發更有潛能的消費', 'services-commerce'],
  ['(二)聚焦優化產業結構', 'industry-energy'],
  ['推動信創產業加速崛起', 'digital-economy'],
  ['推動特色專業鎮建設發展壯大', 'industry-energy'],
  ['(三)聚焦深化改革擴大開放', 'investment-business'],
  ['(四)聚焦統籌新型城鎮化', 'urban-development'],
  ['以“千萬工程”', 'rural-revitalisation'],
  ['夯實糧食安全根基', 'agriculture'],
  ['加快和美鄉村建設', 'rural-revitalisation'],
  ['以優化城鄉管理為關鍵', 'urban-development'],
  ['(五)聚焦打造文旅集散中心', 'culture-tourism'],
  ['(六)聚焦打好藍天', 'environment'],
  ['(七)聚焦增進民生福祉', 'social-welfare'],
  ['讓就業創業更加靈活高效', 'employment'],
  ['讓優育優教更加公平可及', 'education'],
  ['讓健康霍州更加便利普惠', 'health'],
  ['讓社會保障更加溫暖厚實', 'social-welfare'],
  ['(八)聚焦筑牢安全發展根基', 'safety-governance'],
  ['三、全面加強政府自身建設', 'safety-governance'],
];

export interface SectorRange {
  start: number;
  sectorId: string;
}

/** Anchor positions in the repaired text; throws if an anchor is missing or out of order. */
export const locateSectorAnchors = (text: string): SectorRange[] => {
  const ranges: SectorRange[] = [];
  let from = 0;
  for (const [anchor, sectorId] of SECTOR_ANCHORS) {
    const at = text.indexOf(anchor, from);
    if (at < 0) throw new Error(`figures: sector anchor "${anchor}" not found after offset ${from}`);
    ranges.push({ start: at, sectorId });
    from = at + anchor.length;
  }
  return ranges;
};

export const sectorAt = (ranges: SectorRange[], offset: number): string => {
  let sector = 'economy';
  for (const r of ranges) {
    if (r.start > offset) break;
    sector = r.sectorId;
  }
  return sector;
};
