// Generated once from the packs with OpenCC (cn→tw/hk/t, checked back t→cn): the Traditional form of
// every character of content/zh-CN.json that has a distinct one, at the same index as its Simplified form.
// 帳 and the variant 帐 fold to 账 (帳戶 → 账户), as mainland text writes it.
export const TRADITIONAL =
  '決數錢異問題與實紹現產為爲戶節來選擇財進線購資這個時僅費隨過會種見導無敗賬訪況響體驗們務網絡連穩樣確傳輸發應級滯後潰統報動錯誤錄嘗試觸臺臨凍結於採糾復將討關幾麼號碼創設雜則間內慮暫郵機證鍵據請維護論壇認幫從順陸對長沒檢換處讓鏈佔峯擁並舊議餘額夠聯諮詢溝損轉兩別經狀態鎖記項門員洩繼續準備強啟啓驟識術環潛風險盜雙紋臉獨開辦許顯緩載嚴尋預計閃頓該訴權熱圖邏輯監構組織國區電話舉協條說説複髮麵係繫嚮檯颱綫帳帐';
export const SIMPLIFIED =
  '决数钱异问题与实绍现产为为户节来选择财进线购资这个时仅费随过会种见导无败账访况响体验们务网络连稳样确传输发应级滞后溃统报动错误录尝试触台临冻结于采纠复将讨关几么号码创设杂则间内虑暂邮机证键据请维护论坛认帮从顺陆对长没检换处让链占峰拥并旧议余额够联咨询沟损转两别经状态锁记项门员泄继续准备强启启骤识术环潜风险盗双纹脸独开办许显缓载严寻预计闪顿该诉权热图逻辑监构组织国区电话举协条说说复发面系系向台台线账账';
