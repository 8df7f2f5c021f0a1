import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { authApi } from '../api/endpoints';
import { useSession } from '../api/session';
import { NewSalesBadge } from '../features/marketplace/orders/NewSalesBadge';
import { useNewSales } from '../features/marketplace/orders/useNewSales';
import { roleLabel } from '../lib/labels';

/** The signed-in person's menu (a menu button: arrows move, Escape closes), or the sign-in links. */
export function AccountMenu() {
  const { t } = useTranslation();
  const user = useSession((s) => s.session?.user ?? null);
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const navigate = useNavigate();
  const newSales = useNewSales(open);

  useEffect(() => {
    if (!open) return;
    const first = menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]');
    first?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  if (!user) {
    return (
      <div className="account account--anonymous">
        <Link to="/login" className="button button--ghost">{t('account.signIn')}</Link>
        <Link to="/register" className="button button--primary">{t('account.register')}</Link>
      </div>
    );
  }

  const close = (focusButton = true) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const index = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown': event.preventDefault(); focus(index + 1); break;
      case 'ArrowUp': event.preventDefault(); focus(index - 1); break;
      case 'Home': event.preventDefault(); focus(0); break;
      case 'End': event.preventDefault(); focus(items.length - 1); break;
      case 'Escape': event.preventDefault(); close(); break;
      case 'Tab': setOpen(false); break;
      default: break;
    }
  };

  const signOut = async () => {
    close(false);
    await authApi.logout();
    navigate('/', { replace: true });
  };

  const sells = user.role === 'businessman' || user.role === 'specialist';
  const hasProfile = user.role !== 'admin';

  return (
    <div className="account" ref={wrapperRef}>
      <button
        ref={buttonRef}
        type="button"
        className="account__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span className="account__avatar" aria-hidden="true">{user.username.slice(0, 1).toUpperCase()}</span>
        <span className="account__name">{user.username}</span>
        <span className="account__role">{roleLabel(user.role)}</span>
        <NewSalesBadge count={newSales} />
      </button>
      {open ? (
        <ul id={menuId} ref={menuRef} className="account__menu" role="menu" aria-label={t('accountMenu.label')} onKeyDown={onMenuKey}>
          <li role="none"><Link role="menuitem" to="/account" onClick={() => close(false)}>{t('accountMenu.account')}</Link></li>
          {hasProfile ? <li role="none"><Link role="menuitem" to="/profile" onClick={() => close(false)}>{t('accountMenu.profile')}</Link></li> : null}
          {sells ? <li role="none"><Link role="menuitem" to="/marketplace/mine" onClick={() => close(false)}>{t('accountMenu.ads')}</Link></li> : null}
          <li role="none">
            <Link role="menuitem" to={newSales ? '/orders?as=seller' : '/orders'} onClick={() => close(false)}>
              {t('accountMenu.orders')}
              <NewSalesBadge count={newSales} />
            </Link>
          </li>
          <li role="none"><Link role="menuitem" to="/account/addresses" onClick={() => close(false)}>{t('accountMenu.addresses')}</Link></li>
          {user.role === 'admin' ? <li role="none"><Link role="menuitem" to="/admin" onClick={() => close(false)}>{t('accountMenu.admin')}</Link></li> : null}
          <li role="none" className="account__separator" />
          <li role="none"><button role="menuitem" type="button" onClick={() => void signOut()}>{t('account.signOut')}</button></li>
        </ul>
      ) : null}
    </div>
  );
}
