// SPDX-License-Identifier: GPL-2.0
//! A jiffies timer (`struct timer_list`) embedded in a value that lives in an [`Arc`], whose
//! callback is handed that `Arc`.
//!
//! Stands in for upstream's `kernel::time::hrtimer` (Linux 6.15: `HrTimer`, `HasHrTimer`,
//! `HrTimerCallback`, where an armed timer likewise holds a reference to its owner). 6.12's
//! kernel crate has no timer at all. Delete this file when the module moves to a kernel with
//! that abstraction: `Timer<T>` becomes `HrTimer<T>`, [`impl_has_timer!`] becomes
//! `impl_has_hr_timer!`, and [`Timer::arm_in_ns`] becomes a `start` with a relative expiry.

use core::ffi::c_ulong;
use core::marker::PhantomData;
use core::mem::offset_of;
use core::ptr;

use kernel::prelude::*;
use kernel::sync::{Arc, ArcBorrow};
use kernel::types::Opaque;

use super::raw;

/// What a timer does when it fires. It runs in softirq context: it must not sleep.
pub(crate) trait TimerCallback: Sized {
    /// Called with the reference to the owner that the armed timer held.
    fn run(this: Arc<Self>);
}

/// Types with a [`Timer<Self>`] field. Implement it with [`impl_has_timer!`].
///
/// # Safety
///
/// `OFFSET` is the offset in bytes of a field of type `Timer<Self>` within `Self`.
pub(crate) unsafe trait HasTimer: Sized {
    /// Where the timer is.
    const OFFSET: usize;
}

/// Implements [`HasTimer`] for a type, naming its `Timer<Self>` field; the field's type is
/// checked at compile time.
macro_rules! impl_has_timer {
    (impl HasTimer for $t:ty { self.$field:ident }) => {
        // SAFETY: `OFFSET` is the offset of `$field`, which the function below checks to be a
        // `Timer<$t>`.
        unsafe impl $crate::sys::timer::HasTimer for $t {
            const OFFSET: usize = ::core::mem::offset_of!($t, $field);
        }
        const _: () = {
            #[allow(dead_code)]
            fn field_is_a_timer(x: &$t) -> &$crate::sys::timer::Timer<$t> {
                &x.$field
            }
        };
    };
}
pub(crate) use impl_has_timer;

/// A `struct timer_list` in a `T` that lives in an [`Arc`].
///
/// # Invariants
///
/// `inner` was initialised by [`Timer::new`], with [`Timer::fire`] as its function, and is never
/// shut down. The `T` is at `T::OFFSET` bytes before this value. While the timer is pending it
/// owns one reference to that `T` (from [`Arc::into_raw`]), taken by [`Timer::arm_in_ns`] when
/// the timer goes from idle to pending, and either handed to [`TimerCallback::run`] when it fires
/// or dropped by [`Timer::cancel`] when it is deactivated: the `T` outlives every pending timer.
#[pin_data]
pub(crate) struct Timer<T> {
    #[pin]
    inner: Opaque<raw::timer_list>,
    _owner: PhantomData<T>,
}

// SAFETY: the timer core serialises accesses to the `timer_list`; the only other thing a timer
// touches is its `T`, through an `Arc`, which may be sent when `T` is `Send + Sync`.
unsafe impl<T: Send + Sync> Send for Timer<T> {}
// SAFETY: every method takes the owner by shared reference and calls the timer API, which may be
// called concurrently.
unsafe impl<T: Send + Sync> Sync for Timer<T> {}

impl<T: HasTimer + TimerCallback + Send + Sync> Timer<T> {
    /// An idle timer, for a field of `T` named in its [`impl_has_timer!`].
    pub(crate) fn new() -> impl PinInit<Self> {
        pin_init!(Self {
            // SAFETY: `init_timer_key` initialises the `timer_list` in place (no name, no lock
            // class key: lockdep is off); its function gets the timer's own address.
            inner <- Opaque::ffi_init(|t| unsafe {
                raw::init_timer_key(t, Some(Self::fire), 0, ptr::null(), ptr::null_mut())
            }),
            _owner: PhantomData,
        })
    }

    /// The timer of `owner`.
    fn of(owner: &T) -> *mut raw::timer_list {
        // SAFETY: by `HasTimer`, a `Timer<T>` is at `T::OFFSET` inside `*owner`, so the pointer
        // stays inside the same allocation and the reference lives no longer than `owner`.
        let timer = unsafe { &*ptr::from_ref(owner).cast::<u8>().add(T::OFFSET).cast::<Self>() };
        timer.inner.get()
    }

    /// Arms the timer of `this` to fire `ns` nanoseconds from now (at the next jiffy after), or
    /// moves it there if it is pending.
    pub(crate) fn arm_in_ns(this: ArcBorrow<'_, T>, ns: u64) {
        let expires = jiffies_after_ns(ns);
        let timer = Self::of(&this);
        // The reference the timer owns if this call makes it pending (type invariant). Taken
        // before arming: the timer may fire at once.
        let reference = Arc::into_raw(Arc::<T>::from(this));
        // SAFETY: the timer was initialised by `new` (type invariant).
        let was_pending = unsafe { raw::mod_timer(timer, expires) } != 0;
        if was_pending {
            // The pending timer already owns a reference.
            // SAFETY: `reference` came from `Arc::into_raw` above and is given back once; `this`
            // keeps another reference alive, so this is not the last.
            drop(unsafe { Arc::from_raw(reference) });
        }
    }

    /// Deactivates the timer of `owner` and waits for a callback that is running to return.
    pub(crate) fn cancel(owner: &T) {
        // SAFETY: the timer was initialised by `new` (type invariant).
        let was_pending = unsafe { raw::timer_delete_sync(Self::of(owner)) } != 0;
        if was_pending {
            // SAFETY: a pending timer owns a reference from `Arc::into_raw` on the `Arc` holding
            // `owner`, whose pointer is `owner`'s address (type invariant); it is given back once,
            // here, since the timer is no longer pending. Whoever lent `owner` holds another
            // reference, so this is not the last.
            drop(unsafe { Arc::from_raw(ptr::from_ref(owner)) });
        }
    }

    /// The timer's function.
    ///
    /// # Safety
    ///
    /// `t` is the `inner` field of a `Timer<T>` that fired: it was pending, so it owned a
    /// reference to its `T` (type invariant), which passes to this call.
    unsafe extern "C" fn fire(t: *mut raw::timer_list) {
        // SAFETY: `inner` is at `offset_of!(Self, inner)` in the `Timer<T>`, which is at
        // `T::OFFSET` in the `T` (type invariant); the pointer is the one `Arc::into_raw` gave
        // when the timer was armed, and its reference is consumed here, once.
        let this =
            unsafe { Arc::from_raw(t.cast::<u8>().sub(offset_of!(Self, inner) + T::OFFSET).cast::<T>().cast_const()) };
        T::run(this);
    }
}

/// The jiffy after `ns` nanoseconds from now.
fn jiffies_after_ns(ns: u64) -> c_ulong {
    // SAFETY: `jiffies` is a kernel global updated by the tick; it is read once, volatile, as
    // C's `READ_ONCE` would.
    let now = unsafe { ptr::read_volatile(ptr::addr_of!(raw::jiffies)) };
    // SAFETY: nsecs_to_jiffies has no preconditions.
    now.wrapping_add(unsafe { raw::nsecs_to_jiffies(ns) }).wrapping_add(1)
}
