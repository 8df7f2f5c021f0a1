import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { RequireAuth } from '../../app/guards';
import { RoomList } from './RoomList';
import { RoomView } from './RoomView';
import './chat.css';

/** `/chat`: my rooms beside the open one (on a phone, one at a time). */
export default function ChatArea() {
  const { t } = useTranslation();
  return (
    <RequireAuth>
      <Routes>
        <Route index element={<div className="chat"><RoomList /><p className="chat__pick">{t('chat.pick')}</p></div>} />
        <Route path=":roomId" element={<div className="chat chat--open"><RoomList /><RoomView /></div>} />
      </Routes>
    </RequireAuth>
  );
}
